import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { slowRequestLine, slowRequestLog } from "./slow-requests";

function fakeExchange() {
  const req = Object.assign(new EventEmitter(), {
    method: "POST",
    url: "/netwerken/nieuw?token=geheim",
    complete: true,
  }) as unknown as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { headersSent: false }) as unknown as ServerResponse;
  return { req, res };
}

describe("slowRequestLog", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ["finished in time", "finish", 0],
    ["closed in time", "close", 0],
    ["still open", null, 1],
  ] as const)("a request %s is logged %i time(s)", (_label, event, expected) => {
    const lines: string[] = [];
    const { req, res } = fakeExchange();
    const next = vi.fn();
    slowRequestLog(10_000, (line) => lines.push(line))(req, res, next);
    expect(next).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5_000);
    if (event) res.emit(event);
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(expected);
  });

  it("names the method and path without the query string", () => {
    const line = JSON.parse(
      slowRequestLine(
        { method: "POST", path: "/reset?token=geheim", ms: 10_003, bodyComplete: false, headersSent: false },
        new Date("2026-12-02T10:00:00Z"),
      ),
    );
    expect(line).toEqual({
      time: "2026-12-02T10:00:00.000Z",
      type: "slow-request",
      method: "POST",
      path: "/reset",
      ms: 10_003,
      bodyComplete: false,
      headersSent: false,
    });
  });
});
