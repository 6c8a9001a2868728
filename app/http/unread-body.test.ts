import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { drainUnreadBody } from "./unread-body";

/** Answers without reading the body, after starting to read it the way Remix's request pump does. */
function answerUnread(req: IncomingMessage, res: ServerResponse) {
  req.on("data", () => req.pause());
  res.writeHead(302, { Location: "/inloggen" }).end();
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  server = createServer(handler);
  return new Promise((resolve) =>
    server!.listen(0, "127.0.0.1", () => resolve((server!.address() as AddressInfo).port)),
  );
}

/** POSTs a body with fetch (undici, as the e2e checks and many clients do); the status, or "no answer". */
async function post(port: number, bytes: number): Promise<number | "no answer"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<"no answer">(
    (resolve) => (timer = setTimeout(() => resolve("no answer"), 3_000)),
  );
  const answer = fetch(`http://127.0.0.1:${port}/`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `a=${"c".repeat(bytes)}`,
    redirect: "manual",
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
  try {
    return await Promise.race([answer, noAnswer]);
  } finally {
    clearTimeout(timer);
  }
}

describe("drainUnreadBody", () => {
  it("lets a client finish sending a body the answer did not need, and the connection serve the next request", async () => {
    const port = await listen((req, res) => drainUnreadBody(req, res, () => answerUnread(req, res)));
    for (const bytes of [1024 * 1024, 10, 10 * 1024 * 1024, 10 * 1024 * 1024, 10])
      expect(await post(port, bytes), `${bytes} bytes`).toBe(302);
  });

  it("is needed: without it the same exchange gets no answer", async () => {
    const port = await listen(answerUnread);
    const answers = [];
    for (const bytes of [1024 * 1024, 10, 10 * 1024 * 1024]) answers.push(await post(port, bytes));
    expect(answers).toContain("no answer");
    server!.closeAllConnections();
  });
});
