import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderDeadline } from "./render-deadline";

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

  it("leaves no timer behind once the page is written completely", async () => {
    const abort = vi.fn();
    const deadline = renderDeadline(abort, 5_000);
    const body = deadline.body();
    body.resume();
    const finished = new Promise((resolve) => body.on("finish", resolve));
    body.end("<html></html>");
    await vi.waitFor(() => finished);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(abort).not.toHaveBeenCalled();
  });

  it("can be cancelled when the render fails before any output", () => {
    const abort = vi.fn();
    renderDeadline(abort, 5_000).cancel();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(abort).not.toHaveBeenCalled();
  });
});
