import type { IncomingMessage, ServerResponse } from "node:http";

export interface SlowRequestFields {
  method: string;
  path: string;
  ms: number;
  /** Whether the whole request body had arrived when the request was reported. */
  bodyComplete: boolean;
  headersSent: boolean;
}

/** One JSON line per request still unanswered after the threshold (path only: query strings can hold tokens). */
export function slowRequestLine(fields: SlowRequestFields, now = new Date()): string {
  return JSON.stringify({
    time: now.toISOString(),
    type: "slow-request",
    ...fields,
    path: fields.path.split("?")[0],
  });
}

/**
 * Reports every request that has no finished answer after `thresholdMs`, once, with how far it
 * got, so a hung request shows up in the log instead of only as a client's timeout.
 */
export function slowRequestLog(
  thresholdMs: number,
  log: (line: string) => void = (line) => console.error(line),
) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const started = Date.now();
    const timer = setTimeout(() => {
      log(
        slowRequestLine({
          method: req.method ?? "?",
          path: req.url ?? "?",
          ms: Date.now() - started,
          bodyComplete: req.complete,
          headersSent: res.headersSent,
        }),
      );
    }, thresholdMs);
    timer.unref();
    const done = () => clearTimeout(timer);
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}
