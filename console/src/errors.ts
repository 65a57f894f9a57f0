/** Errors as a person reads them: the gateway's code, its message, and what to do next. */
import type { CombinedError } from 'urql';

const WHAT_TO_DO: Record<string, string> = {
  UNAUTHENTICATED: 'Paste a bearer token (and your project id) under Credentials, then Apply.',
  FORBIDDEN: 'Your role or project does not allow this: ask for the operator role, or use a project you may use.',
  CONFLICT: 'The instance is busy with another job: wait for its progress bar to finish, then try again.',
  NOT_FOUND: 'It is gone or was never there: Refresh the list.',
  BAD_USER_INPUT: 'Correct the field the message names and try again.',
  UPSTREAM_TIMEOUT: 'ServiceStage did not answer in time; a write may have been applied: Refresh before trying again.',
  UPSTREAM_UNAVAILABLE: 'ServiceStage is failing or unreachable: try again in a moment.',
  INTERNAL: 'Something unexpected: the gateway logged it with the request id.',
  TRUSTED_DOCUMENT_REQUIRED: 'This gateway runs only trusted documents and this console’s are not among them: rebuild it against the gateway’s operations.',
  PERSISTED_QUERY_NOT_FOUND: 'The gateway’s manifest does not know this console’s operations: rebuild the console from the same operations/ as the gateway.',
};

export interface ReadableError {
  code: string;
  message: string;
  upstream?: string;
  whatToDo: string;
}

export function readableErrors(error: CombinedError): ReadableError[] {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: error.networkError.message, whatToDo: 'The gateway does not answer: check that it is running and reachable, then Refresh.' }];
  }
  return error.graphQLErrors.map((e) => {
    const ext = e.extensions as { code?: string; errorCode?: string; upstreamMessage?: string; status?: number };
    const code = ext.code ?? 'ERROR';
    // The gateway's message usually quotes the upstream's code and words already: say each once.
    const unsaid = (part: string | undefined) => (part && !e.message.includes(part) ? part : undefined);
    const upstream = [unsaid(ext.errorCode), unsaid(ext.upstreamMessage)].filter(Boolean).join(': ') || undefined;
    return { code, message: e.message, upstream, whatToDo: WHAT_TO_DO[code] ?? 'Read the message above; Refresh and try again.' };
  });
}
