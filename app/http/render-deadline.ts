import { PassThrough } from "node:stream";

/**
 * The deadline of one streamed page render: `abort` runs after `ms` unless the page was written
 * completely (or failed) first. Without cancelling, every request left a live timer that kept its
 * whole render in memory for the full delay and then aborted a finished stream, which builds an
 * error object (both measured in tests/bench).
 */
export function renderDeadline(abort: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(abort, ms);
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    cancel,
    /** The stream the HTML is piped into; once React ends it, the deadline is cancelled. */
    body: () =>
      new PassThrough({
        final(callback) {
          cancel();
          callback();
        },
      }),
  };
}
