/**
 * Caller-supplied values that end up in upstream headers or paths are checked here, before any
 * request is built: a value undici would refuse to send (a newline in a token) is the caller's
 * error, not an upstream failure, and must never reach the HTTP core's retries or breakers.
 */
import { GraphQLError } from 'graphql';

/** A token is visible ASCII (RFC 9110 field-value without spaces): what IAM tokens and JWTs consist of. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** Tokens above this are refused (IAM tokens are a few KB; a header this large would be refused upstream). */
const MAX_TOKEN_LENGTH = 16_384;

export function checkCredentialValue(header: string, value: string): string {
  if (!VISIBLE_ASCII.test(value) || value.length > MAX_TOKEN_LENGTH) {
    throw new GraphQLError(`The ${header} credential is not a valid token: send it as up to ${MAX_TOKEN_LENGTH} visible ASCII characters, without spaces, line breaks or other control characters.`, {
      extensions: { code: 'UNAUTHENTICATED', header, http: { status: 401 } },
    });
  }
  return value;
}

