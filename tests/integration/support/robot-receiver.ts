// A local stand-in for DingTalk and WeCom group robots: an HTTP server on 127.0.0.1 that records
// every post and answers as a robot does, or fails on request, or never answers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export interface RobotReceiver {
  url: (path: string) => string;
  posts: ReceivedPost[];
  /** Answer the next `count` posts to the path with this HTTP status. */
  failNext(path: string, count: number, status?: number): void;
  close(): Promise<void>;
}

const HANGING = '/hang';

export async function startRobotReceiver(): Promise<RobotReceiver> {
  const posts: ReceivedPost[] = [];
  const failures = new Map<string, { count: number; status: number }>();
  const server = createServer((request, response) => {
    void receive(request, response);
  });
  async function receive(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === HANGING) return; // never answers: the sender's timeout must fire
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    posts.push({
      path: url.pathname,
      query: url.searchParams,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    });
    const failure = failures.get(url.pathname);
    if (failure && failure.count > 0) {
      failure.count -= 1;
      response.writeHead(failure.status).end('busy');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    posts,
    failNext: (path, count, status = 500) => failures.set(path, { count, status }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
