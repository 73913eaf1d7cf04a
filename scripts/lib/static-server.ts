import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:43123 */
  origin: string;
  url(path: string): string;
  /** Every path requested, in order: lets a test see what the page (not the extension) fetched. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves folders on 127.0.0.1 at an ephemeral port. `mounts` maps a URL prefix ("/corpus") to a
 * folder; `routes` gives fixed bodies for exact paths, for pages built inside a test.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  routes: Record<string, { body: string | Buffer; type?: string }> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix.replace(/\/$/, ''), resolve(dir)] as const);
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(route.body);
      return;
    }
    for (const [prefix, dir] of roots) {
      if (prefix && !path.startsWith(prefix + '/')) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) break;
      try {
        const info = await stat(file);
        if (!info.isFile()) continue;
        res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(await readFile(file));
        return;
      } catch {
        continue;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  const server: Server = createServer((req, res) => {
    // A malformed path (decodeURIComponent throws) is the client's error, not an unhandled rejection.
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('bad request');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
