/**
 * Node's HTTP server answers a request it cannot parse (a NUL or a control
 * character in the request line, headers over 16 kB) on its own, before any
 * handler: a bare 400 or 431 without the site's headers. The site's servers
 * answer it instead as a static host answers a missing path (nginx does the
 * same with its error_page), with every header a response of theirs carries.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends `answer(target)` for every request the parser refuses. `target` is
 * the request line's path as sent, as far as the parser read it ("/" when it
 * could not tell).
 */
export function answerUnparsedRequests(server: Server, answer: (target: string) => PlainResponse): void {
  server.on('clientError', (error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const line = error.rawPacket?.toString('latin1') ?? '';
    const target = /^[A-Z]+ ([^ \r\n]+)/.exec(line)?.[1] ?? '/';
    const { status, headers, body } = answer(target);
    const head = Object.entries({ ...headers, 'Content-Length': String(body.length), Connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(
      Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n`, 'latin1'), body]),
    );
  });
}
