/**
 * A tiny static server for the demo pages, bound to 127.0.0.1 only. Used by
 * `npm start`, `npm run serve:demo` and the end-to-end tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = fileURLToPath(new URL('../demo/pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface DemoServer {
  /** Base URL, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0, root = DEMO_DIR): Promise<DemoServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The demo server on `port` if it is free, else on any free port, with a sentence
 * saying which port it took instead (for `npm start`).
 */
export async function startDemoServerPreferring(
  port: number,
): Promise<{ server: DemoServer; notice: string | null }> {
  try {
    return { server: await startDemoServer(port), notice: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const server = await startDemoServer(0);
    return {
      server,
      notice: `Port ${port} is in use, so the demo pages are on port ${new URL(server.url).port} instead.`,
    };
  }
}
