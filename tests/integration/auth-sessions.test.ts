import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { authSessions, users } from "#db/schema";
import {
  createAuthSession,
  invalidateAuthSession,
  readAuthSessionId,
  validateAuthSession,
} from "~/auth/lucia.server";

function createUser(id: string) {
  db.insert(users)
    .values({
      id,
      email: `${id}@school.test`,
      name: "Sessie Test",
      passwordHash: "x",
      jobFunction: "leraar",
      createdAt: new Date(),
      emailVerifiedAt: new Date(),
    })
    .run();
}

describe("auth sessions", () => {
  it("issues an httpOnly, SameSite=Lax cookie with at least 128 bits of id", async () => {
    createUser("u1");
    const cookie = await createAuthSession("u1");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(readAuthSessionId(cookie)!.length).toBeGreaterThanOrEqual(25);
  });

  it("validates, then rejects after logout with a blank cookie", async () => {
    createUser("u2");
    const id = readAuthSessionId(await createAuthSession("u2"))!;
    expect((await validateAuthSession(id)).user?.id).toBe("u2");
    await invalidateAuthSession(id);
    const after = await validateAuthSession(id);
    expect(after.user).toBeNull();
    expect(after.setCookie).toMatch(/Max-Age=0/);
  });

  it("hands on who is logged in (id, e-mail, name, role) and no fresh cookie mid-window", async () => {
    createUser("u6");
    db.update(users).set({ role: "facilitator", name: "Begeleider Sessie" }).where(eq(users.id, "u6")).run();
    const id = readAuthSessionId(await createAuthSession("u6"))!;
    expect(await validateAuthSession(id)).toEqual({
      user: { id: "u6", email: "u6@school.test", name: "Begeleider Sessie", role: "facilitator" },
      authSessionId: id,
      setCookie: null,
    });
    // A change to the person shows on the next request.
    db.update(users).set({ role: "admin" }).where(eq(users.id, "u6")).run();
    expect((await validateAuthSession(id)).user?.role).toBe("admin");
  });

  it("refuses and removes a session past its sliding expiry", async () => {
    createUser("u7");
    const id = readAuthSessionId(await createAuthSession("u7"))!;
    db.update(authSessions)
      .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
      .where(eq(authSessions.id, id))
      .run();
    const result = await validateAuthSession(id);
    expect(result.user).toBeNull();
    expect(result.setCookie).toMatch(/Max-Age=0/);
    expect(db.select().from(authSessions).where(eq(authSessions.id, id)).get()).toBeUndefined();
  });

  it("slides: a session in the second half of its 30 days is extended and re-sent", async () => {
    createUser("u3");
    const id = readAuthSessionId(await createAuthSession("u3"))!;
    const inTenDays = Math.floor(Date.now() / 1000) + 10 * 86400;
    db.update(authSessions).set({ expiresAt: inTenDays }).where(eq(authSessions.id, id)).run();
    const result = await validateAuthSession(id);
    expect(result.setCookie).toMatch(/Max-Age=2592000/);
    expect(db.select().from(authSessions).where(eq(authSessions.id, id)).get()!.expiresAt).toBeGreaterThan(
      inTenDays + 19 * 86400,
    );
  });

  it("ends a session past its absolute lifetime of 90 days, however active", async () => {
    createUser("u4");
    const id = readAuthSessionId(await createAuthSession("u4"))!;
    db.update(authSessions)
      .set({ createdAt: Math.floor(Date.now() / 1000) - 91 * 86400 })
      .where(eq(authSessions.id, id))
      .run();
    expect((await validateAuthSession(id)).user).toBeNull();
    expect(db.select().from(authSessions).where(eq(authSessions.id, id)).get()).toBeUndefined();
  });

  it("rejects an id the server never issued (no fixation)", async () => {
    const result = await validateAuthSession("attacker123");
    expect(result.user).toBeNull();
    expect(db.select().from(authSessions).where(eq(authSessions.id, "attacker123")).get()).toBeUndefined();
  });
});
