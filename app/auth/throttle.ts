export interface ThrottleRule {
  /** Failures inside the window before the key is locked. */
  maxFailures: number;
  windowSeconds: number;
  /** First lock; each further failure while over the limit doubles it, up to maxLockSeconds. */
  baseLockSeconds: number;
  maxLockSeconds: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: number;
  lockedUntil: number | null;
}

/** Per account: slows guessing one teacher's password without letting strangers lock them out for long. */
export const ACCOUNT_RULE: ThrottleRule = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  baseLockSeconds: 60,
  maxLockSeconds: 60 * 60,
};
/** Per IP: a whole school may share one address, so the limit is higher. */
export const IP_RULE: ThrottleRule = {
  maxFailures: 30,
  windowSeconds: 15 * 60,
  baseLockSeconds: 5 * 60,
  maxLockSeconds: 60 * 60,
};

/** Seconds until the key may try again; 0 when it is not locked. */
export function secondsLocked(state: ThrottleState | undefined, now: number): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil - now);
}

export function stateAfterFailure(
  state: ThrottleState | undefined,
  now: number,
  rule: ThrottleRule,
): ThrottleState {
  const windowOpen = state && now - state.windowStartedAt < rule.windowSeconds;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  if (failures < rule.maxFailures)
    return { failures, windowStartedAt, lockedUntil: state?.lockedUntil ?? null };
  const lockSeconds = Math.min(
    rule.baseLockSeconds * 2 ** (failures - rule.maxFailures),
    rule.maxLockSeconds,
  );
  return { failures, windowStartedAt, lockedUntil: now + lockSeconds };
}

/** Dutch wait-time text, rounded up to whole minutes. */
export function waitMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Te veel mislukte aanmeldpogingen. Probeer het opnieuw over ${minutes} ${minutes === 1 ? "minuut" : "minuten"}.`;
}
