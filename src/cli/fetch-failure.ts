/** Why a fetch failed, in one plain sentence: a refused connection, an unknown host, a timeout… */

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** The code of the network error under fetch's "fetch failed" (undici puts it in `cause`, sometimes one level deeper). */
function errorCode(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && e.code !== 'ERR_INVALID_STATE') return e.code;
  }
  return undefined;
}

export function fetchFailure(error: unknown, url: string, timeoutMs: number): string {
  const { host, hostname } = new URL(url);
  const seconds = `${timeoutMs / 1000} second${timeoutMs === 1000 ? '' : 's'}`;
  if ((error as Error)?.name === 'TimeoutError')
    return `no answer from ${host} within ${seconds}; try again later, or give more time with --timeout`;
  const code = errorCode(error);
  if (!code && (error as { cause?: Error })?.cause?.message === 'bad port') {
    return `port ${new URL(url).port} is reserved for other services, and fetching from it is refused`;
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `the connection was refused: nothing is listening at ${host}`;
    case 'ENOTFOUND':
      return `there is no host named ${hostname}`;
    case 'EAI_AGAIN':
      return `the name ${hostname} could not be looked up (no answer from the name server)`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `${host} closed the connection before the page arrived`;
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `the connection to ${host} could not be made in time`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `${host} cannot be reached from this network`;
    default:
      if (code && CERTIFICATE.test(code))
        return `the certificate of ${hostname} could not be trusted (${code})`;
      return `cannot fetch it (${code ?? (error as Error)?.message ?? String(error)})`;
  }
}
