// Names a network failure for what it is (DNS, connection refused, timeout, TLS, reset, unreachable)
// with the host it happened with, for every adapter that talks to a server: GitHub's API, git remotes,
// Helm and OCI registries. "GitHub API answered 500: getaddrinfo ENOTFOUND" said neither.

export type NetworkFailureKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'reset' | 'unreachable';

export class NetworkError extends Error {
  constructor(
    readonly kind: NetworkFailureKind,
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN']);
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'EPROTO',
]);
const isTls = (code: string) => TLS_CODES.has(code) || /^(ERR_TLS_|ERR_SSL_|CERT_)/.test(code);

/** host[:port] of a URL (or the text itself when it is not one). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The network failure an error from fetch (undici) or node:net/tls stands for, or undefined when it is
 * not one (an HTTP answer, a bug). Looks through the error's causes, where undici keeps the socket's error.
 */
export function networkFailure(e: unknown, url: string, timeoutMs?: number): NetworkError | undefined {
  const host = hostOf(url);
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof NetworkError) return c;
    const { code, name, message } = c as { code?: unknown; name?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (name === 'TimeoutError' || name === 'AbortError' || (typeof code === 'string' && TIMEOUT.has(code))) {
      return new NetworkError('timeout', host, `${host} did not answer${timeoutMs ? ` within ${timeoutMs / 1000} s` : ''} (timeout)`);
    }
    if (typeof code !== 'string') continue;
    if (DNS.has(code)) return new NetworkError('dns', host, `cannot resolve host ${host.replace(/:\d+$/, '')} (DNS: ${code})`);
    if (code === 'ECONNREFUSED') return new NetworkError('refused', host, `${host} refused the connection (ECONNREFUSED: nothing listens there)`);
    if (isTls(code)) return new NetworkError('tls', host, `TLS with ${host} failed: ${text || code} (${code})`);
    if (RESET.has(code)) return new NetworkError('reset', host, `${host} closed the connection (${code})`);
    if (UNREACHABLE.has(code)) return new NetworkError('unreachable', host, `${host} is unreachable (${code})`);
  }
  return undefined;
}

/** The network failure in git's (curl's, ssh's) error output, or undefined. */
export function gitNetworkFailure(stderr: string, url: string, timedOut = false, timeoutMs?: number): NetworkError | undefined {
  const host = hostOf(url);
  if (timedOut || /Connection timed out|Operation timed out|timed out after/i.test(stderr)) {
    return new NetworkError('timeout', host, `${host} did not answer${timeoutMs ? ` within ${timeoutMs / 1000} s` : ''} (timeout)`);
  }
  const dns = /Could not resolve host:? '?([^\s']+)|Could not resolve hostname ([^\s:]+)/i.exec(stderr);
  if (dns) return new NetworkError('dns', host, `cannot resolve host ${dns[1] ?? dns[2]} (DNS)`);
  if (/Connection refused|Couldn't connect to server/i.test(stderr))
    return new NetworkError('refused', host, `${host} refused the connection (nothing listens there)`);
  const tls =
    /(SSL certificate problem[^\n]*|server certificate verification failed[^\n]*|SSL_ERROR[^\n]*|gnutls_handshake\(\) failed[^\n]*|TLS connect error[^\n]*)/i.exec(
      stderr,
    );
  if (tls) return new NetworkError('tls', host, `TLS with ${host} failed: ${tls[1].trim()}`);
  if (/Network is unreachable|No route to host/i.test(stderr)) return new NetworkError('unreachable', host, `${host} is unreachable`);
  if (/Connection reset|Empty reply from server|the remote end hung up unexpectedly/i.test(stderr))
    return new NetworkError('reset', host, `${host} closed the connection`);
  return undefined;
}
