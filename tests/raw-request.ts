import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A request whose request line is written byte for byte, as
 * `curl --path-as-is` sends it, and beyond what `http.request` sends (a NUL
 * or a tab in the path). Headers by lower-case name;
 * the body as received (a chunked one keeps its framing). A server may reset
 * the connection after answering a request it refused: the answer counts.
 */
export function rawRequest(baseURL: string, target: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`, 'latin1'),
    );
    const chunks: Buffer[] = [];
    let error: Error | undefined;
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (cause) => void (error = cause));
    socket.on('close', () => {
      if (error && !chunks.length) return fail(error);
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      done({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(text.slice(end + 4), 'latin1') });
    });
  });
}
