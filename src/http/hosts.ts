/**
 * Which names the gateway answers to, against DNS rebinding: a page of evil.example whose name is made
 * to resolve to 127.0.0.1 is "same origin" with a gateway on loopback, so it could read the embedded demo
 * and run its mutations (CSRF headers and the Origin check both pass for a same-origin page). The Host
 * header is the name the browser thinks it talks to: a gateway bound to loopback answers only loopback
 * names (localhost, *.localhost, 127.x.x.x, ::1) unless ALLOWED_HOSTS lists more; bound elsewhere, it
 * answers any name unless ALLOWED_HOSTS is set (its public name is not known to it).
 */
import { isIP } from 'node:net';

export interface HostPolicy {
  /** The Host header's name when it is not one this gateway answers to; undefined when it may proceed. */
  refused(hostHeader: string | undefined): string | undefined;
}

/** The name of a Host header, without port and trailing dot, lower case ("[::1]:4000" is "::1"). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']')) : h.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name.endsWith('.localhost') || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

export function isLoopbackBind(host: string): boolean {
  return isLoopbackName(hostName(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host));
}

/** `allowed`: ALLOWED_HOSTS's entries ("gw.example.com", ".example.com" for it and its subdomains, "*" for any). */
export function createHostPolicy(bindHost: string, allowed: readonly string[] | undefined): HostPolicy {
  const any = allowed?.includes('*') || (allowed === undefined && !isLoopbackBind(bindHost));
  const exact = new Set((allowed ?? []).filter((a) => !a.startsWith('.')));
  const suffixes = (allowed ?? []).filter((a) => a.startsWith('.'));
  const allows = (name: string) => isLoopbackName(name) || exact.has(name) || suffixes.some((s) => name === s.slice(1) || name.endsWith(s));
  return {
    refused(header) {
      // A client without Host (HTTP/1.0 tools) is not a browser page: browsers always send it.
      if (any || header === undefined) return undefined;
      const name = hostName(header);
      return allows(name) ? undefined : name;
    },
  };
}

/** host or host:port as a Host header carries it: a name, an IPv4 address, or an IPv6 one in brackets. */
const HOST_HEADER = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::\d{1,5})?$/i;

/**
 * A Host header that names no host (a space, a slash, an "@"): refused whatever ALLOWED_HOSTS says, since
 * a URL built from it breaks or points elsewhere. A client without Host is not malformed (see refused).
 */
export function isMalformedHost(header: string | undefined): boolean {
  return header !== undefined && !HOST_HEADER.test(header);
}

export const MALFORMED_HOST_MESSAGE = 'The Host header is not a host name: send the name or address this gateway is reached by, as "host" or "host:port".';

export function hostRefusalMessage(name: string): string {
  return `This gateway does not answer to the host name "${name.slice(0, 100)}": a page can make its own name point at this address (DNS rebinding). If it is this gateway's name, add it to ALLOWED_HOSTS.`;
}
