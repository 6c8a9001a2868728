import { Writable } from "node:stream";

/**
 * The deadline of one page render: `abort` runs after `ms` unless cancelled once the page is
 * complete (or failed). Without cancelling, every request left a live timer that kept its whole
 * render in memory for the full delay and then aborted a finished render, which builds an error
 * object (both measured in tests/bench).
 */
export function renderDeadline(abort: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(abort, ms);
  return {
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * A stream that collects a rendered page and hands it over in one piece once React ends it. The
 * app defers no data, so streaming had nothing to send early, and passing every chunk through a
 * Node stream, a web stream and back cost about a tenth of a page's server CPU (tests/bench).
 * React destroys the stream with an error when rendering fails for good; that error goes to
 * `onError` (an unheard stream error would end the process).
 * The stream emits no `close`: React takes a close as the client leaving and aborts the render,
 * which for a finished page meant ending the stream a second time and building two error
 * objects per request (measured in tests/bench).
 */
export function collectPage(onComplete: (html: Buffer) => void, onError: (error: unknown) => void): Writable {
  const chunks: Buffer[] = [];
  return new Writable({
    emitClose: false,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
    final(callback) {
      onComplete(Buffer.concat(chunks));
      callback();
    },
  }).on("error", onError);
}
