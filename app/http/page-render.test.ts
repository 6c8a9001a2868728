import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { collectPage, renderDeadline } from "./page-render";

describe("renderDeadline", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("aborts a render that is still running at the deadline", () => {
    const abort = vi.fn();
    renderDeadline(abort, 5_000);
    vi.advanceTimersByTime(4_999);
    expect(abort).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(abort).toHaveBeenCalledOnce();
  });

  it("leaves no timer behind once cancelled", () => {
    const abort = vi.fn();
    renderDeadline(abort, 5_000).cancel();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(abort).not.toHaveBeenCalled();
  });
});

describe("collectPage", () => {
  it("hands over every chunk, in order, once the page is ended", async () => {
    const pages: string[] = [];
    const body = collectPage(
      (html) => pages.push(html.toString("utf8")),
      () => expect.unreachable(),
    );
    body.write(Buffer.from("<!DOCTYPE html><html>"));
    body.write(Buffer.from("<body>Één é</body>"));
    expect(pages).toEqual([]);
    await new Promise<void>((resolve) => body.end(Buffer.from("</html>"), resolve));
    expect(pages).toEqual(["<!DOCTYPE html><html><body>Één é</body></html>"]);
  });

  it("hands over an empty page as an empty buffer", async () => {
    const pages: Buffer[] = [];
    await new Promise<void>((resolve) =>
      collectPage(
        (html) => pages.push(html),
        () => expect.unreachable(),
      ).end(resolve),
    );
    expect(pages.map((page) => page.length)).toEqual([0]);
  });

  it("is ended once by React: it emits no close, which would make React abort the finished render", async () => {
    let body: ReturnType<typeof collectPage> | undefined;
    const end = vi.fn();
    const page = await new Promise<string>((resolve, reject) => {
      const { pipe } = renderToPipeableStream(createElement("p", null, "Hallo"), {
        onAllReady() {
          body = collectPage((html) => resolve(html.toString("utf8")), reject);
          const ownEnd = body.end.bind(body);
          body.end = ((...args: Parameters<typeof ownEnd>) => (end(), ownEnd(...args))) as typeof body.end;
          pipe(body);
        },
        onShellError: reject,
      });
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(page).toBe("<p>Hallo</p>");
    expect(end).toHaveBeenCalledOnce();
  });

  it("reports a render that fails for good, and hands over nothing", async () => {
    const pages: Buffer[] = [];
    const failure = new Promise<unknown>((resolve) => {
      const body = collectPage((html) => pages.push(html), resolve);
      body.write(Buffer.from("<!DOCTYPE html>"));
      body.destroy(new Error("render failed"));
    });
    expect(await failure).toEqual(new Error("render failed"));
    expect(pages).toEqual([]);
  });
});
