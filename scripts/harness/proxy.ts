import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every URL (or host:port for TLS) that reached the proxy, in order. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that records and refuses everything. Pointing a browser's proxy settings at it
 * catches requests from every context (background, content scripts, extension pages, the page), which
 * a page-level listener cannot. Loopback bypasses the proxy, so fixtures load directly.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the Gloss test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
