// A webhook receiver for tests and the bench: an HTTP server on 127.0.0.1 that records every request and
// answers per path: /ok → 200, /flaky/<n> → 500 for the first n requests then 200, /hang → never answers.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };

export type WebhookReceiver = {
  url: (path: string) => string;
  received: ReceivedRequest[];
  on: (path: string) => ReceivedRequest[];
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const counts = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const seen = (counts.get(path) ?? 0) + 1;
      counts.set(path, seen);
      if (path.startsWith("/hang")) return; // never answers; the sender's timeout ends the attempt
      const flaky = /^\/flaky\/(\d+)/.exec(path);
      const status = flaky && seen <= Number(flaky[1]) ? 500 : 200;
      response.writeHead(status, { "Content-Type": "text/plain" }).end(status === 200 ? "ok" : "try again");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    on: (path) => received.filter((request) => request.path === path),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
