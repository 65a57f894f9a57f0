/**
 * The control API (/__emulator/...) resets, seeds and breaks the emulator, so a web page the
 * developer happens to visit must not reach it: a request with an Origin other than the emulator's
 * own is refused (browsers send Origin on every cross-origin request, simple POSTs included), and a
 * body must be JSON (a form or text/plain body, which a page may send without a preflight, is
 * refused). Tools (curl, tests, the gateway) send no Origin.
 */
import type { IncomingMessage } from 'node:http';
import { controlError, type EmulatorHttpError } from './errors.js';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The origins that are the emulator itself: its base URL, and its port on every loopback name. */
export function ownOrigins(baseUrl: string): Set<string> {
  const own = new URL(baseUrl);
  return new Set([own.origin, ...LOOPBACK_NAMES.map((name) => `${own.protocol}//${name}:${own.port}`)]);
}

const isJson = (contentType: string | undefined) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType?.trim() ?? '');

/** Undefined when the control request may go on; otherwise the error that answers it. */
export function refuseControlRequest(req: IncomingMessage, own: Set<string>): EmulatorHttpError | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && !own.has(origin)) {
    return controlError(403, `The control API refuses cross-origin requests (Origin ${origin.slice(0, 200)}); call it from a tool or from the emulator's own origin.`);
  }
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const contentType = req.headers['content-type'];
  if ((hasBody || contentType !== undefined) && !isJson(contentType)) {
    return controlError(415, `The control API takes JSON bodies only; send "Content-Type: application/json" (got ${contentType ? `"${contentType.slice(0, 100)}"` : 'none'}).`);
  }
  return undefined;
}
