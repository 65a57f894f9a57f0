/**
 * Error answers quote what the caller sent, so the caller sees what to fix; a quote is cut short,
 * so a megabyte field is not sent back (nor kept in the request log) a megabyte at a time.
 */

/** Longest quote of a caller's value in an error answer. */
export const ECHO_MAX_CHARS = 200;
/** Longest error detail as a whole (a safety net for details made of several quotes). */
export const DETAIL_MAX_CHARS = 2_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** A caller's value as quoted in an error: at most ECHO_MAX_CHARS characters, with its full length. */
export const echo = (text: string): string => clip(text, ECHO_MAX_CHARS);

/** A whole error detail, at most DETAIL_MAX_CHARS characters. */
export const clipDetail = (text: string): string => clip(text, DETAIL_MAX_CHARS);
