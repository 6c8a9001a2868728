import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, secondsLocked, stateAfterFailure, waitMessage, type ThrottleState } from "./throttle";

function failTimes(count: number, now = 1000): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (let i = 0; i < count; i++) state = stateAfterFailure(state, now, ACCOUNT_RULE);
  return state;
}

describe("account throttle", () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 60],
    [6, 120],
    [7, 240],
    [20, 3600],
  ])("after %i failures the account waits %i s", (failures, wait) => {
    expect(secondsLocked(failTimes(failures), 1000)).toBe(wait);
  });

  it("starts a new window once the old one has passed", () => {
    const state = stateAfterFailure(failTimes(4), 1000 + ACCOUNT_RULE.windowSeconds, ACCOUNT_RULE);
    expect(state).toEqual({
      failures: 1,
      windowStartedAt: 1000 + ACCOUNT_RULE.windowSeconds,
      lockedUntil: null,
    });
  });

  it("unlocks when the lock time has passed", () => {
    expect(secondsLocked(failTimes(5), 1000 + 61)).toBe(0);
  });
});

describe("waitMessage", () => {
  it.each([
    [1, "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 1 minuut."],
    [60, "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 1 minuut."],
    [61, "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 2 minuten."],
  ])("%i s", (seconds, text) => {
    expect(waitMessage(seconds)).toBe(text);
  });
});
