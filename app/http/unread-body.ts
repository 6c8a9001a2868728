import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Reads and discards what is left of a request body once its answer is sent. Node does this
 * itself only for a body nobody started reading; Remix starts reading every body when it builds
 * the Request (a stream pump that pauses the socket once its buffer is full), also for a loader
 * or guard that answers without the body (a redirect to the login page, a 403). The client then
 * waited to finish sending a body the server no longer read, so the answer never reached it and
 * the connection hung (the intermittent "no answer within 20 s" of the hostile-input checks).
 * Bodies are capped before this point (body-limit.ts), so draining is bounded.
 */
export function drainUnreadBody(req: IncomingMessage, res: ServerResponse, next: () => void) {
  res.once("finish", () => {
    if (req.complete || req.destroyed) return;
    // The reader that stopped is not coming back: drop it, so the rest of the body is not buffered.
    req.removeAllListeners("data");
    req.resume();
  });
  next();
}
