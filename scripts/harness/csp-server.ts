import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface ScriptlessServer {
  url(file: string): string;
  close(): Promise<void>;
}

/**
 * Serves the files of one folder on 127.0.0.1 with `Content-Security-Policy: script-src 'none'`:
 * the page's own scripts (inline ones too) never run, so whatever changes in the page comes from
 * the extension. Extensions are exempt from a page's CSP, and so is the harness's own evaluate.
 */
export async function startScriptlessServer(folder: string): Promise<ScriptlessServer> {
  const root = resolve(folder);
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const html = /\.html?$/i.test(extname(file));
      res.writeHead(200, {
        'content-type': html ? 'text/html; charset=utf-8' : 'application/octet-stream',
        'content-security-policy': "script-src 'none'",
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  const server: Server = createServer((req, res) => {
    // A malformed path (decodeURIComponent throws) is the client's error, not an unhandled rejection.
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (file) => `${origin}/${encodeURIComponent(file)}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
