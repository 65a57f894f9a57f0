/**
 * The caller's role, applied to each operation before it runs, on every transport (HTTP, both SSE
 * protocols and graphql-ws all execute through yoga's envelop): a viewer's mutation costs nothing upstream.
 */
import type { Plugin } from 'graphql-yoga';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { forbidden } from './caller.js';

function refusal(document: DocumentNode, operationName: string | null | undefined, ctx: GatewayContext) {
  const operation = getOperationAST(document, operationName)?.operation;
  if (operation !== 'mutation' || ctx.caller.mayWrite) return undefined;
  const who = ctx.caller.kind === 'anonymous' ? 'Anonymous callers may only query and subscribe here (ALLOW_ANONYMOUS=read)' : 'Your role is viewer: it may query and subscribe';
  return forbidden(`${who}; a mutation needs the "operator" role in your token's "roles" claim.`);
}

// `data: null` marks an execution result for graphql-sse, which otherwise takes it for arguments.
export function useRoleCheck(): Plugin<GatewayContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args.document, args.operationName, args.contextValue);
      if (refused) setResultAndStopExecution({ data: null, errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args.document, args.operationName, args.contextValue);
      if (refused) setResultAndStopExecution({ data: null, errors: [refused] });
    },
  };
}
