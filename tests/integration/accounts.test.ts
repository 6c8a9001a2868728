import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { authSessions, authTokens, institutions, users } from "#db/schema";
import {
  changePassword,
  confirmEmail,
  logIn,
  registerAccount,
  requestPasswordReset,
  resetPassword,
} from "~/auth/accounts.server";
import { mailsTo, tokenFromLatestMail } from "#tests/support/mail";

let institutionId: number;
const password = "de kaartenset ligt klaar";

beforeAll(() => {
  institutionId = db
    .insert(institutions)
    .values({
      name: "GBS De Vlieger",
      kind: "basisschool",
      level: "basisonderwijs",
      city: "Gent",
      region: "Oost-Vlaanderen",
    })
    .returning()
    .get().id;
});

async function registerConfirmed(email: string) {
  await registerAccount({
    name: "Test Leraar",
    email,
    password,
    institutionId,
    jobFunction: "leraar",
    jobFunctionOther: null,
  });
  expect(confirmEmail(tokenFromLatestMail(email, "/registreren/bevestigen"))).toBe(true);
}

function sessionIdFromCookie(cookie: string) {
  return /=([^;]+);/.exec(cookie)![1];
}

describe("registration", () => {
  it("creates an unconfirmed account with an argon2id hash and mails a confirmation link", async () => {
    await registerAccount({
      name: "Lien Peeters",
      email: "lien@school.test",
      password,
      institutionId,
      jobFunction: "andere",
      jobFunctionOther: "STEM-coach",
    });
    const user = db.select().from(users).where(eq(users.email, "lien@school.test")).get()!;
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(password);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.jobFunctionOther).toBe("STEM-coach");
    expect(mailsTo("lien@school.test")[0].subject).toBe("Bevestig je e-mailadres voor LEERKR@CHT.NET");
    expect(await logIn("lien@school.test", password, "10.0.0.1")).toEqual({ status: "unconfirmed" });
  });

  it("confirms the address once; the link is single-use", async () => {
    await registerAccount({
      name: "Jan Claes",
      email: "jan@school.test",
      password,
      institutionId,
      jobFunction: "leraar",
      jobFunctionOther: null,
    });
    const token = tokenFromLatestMail("jan@school.test", "/registreren/bevestigen");
    expect(confirmEmail(token)).toBe(true);
    expect(confirmEmail(token)).toBe(false);
    expect((await logIn("jan@school.test", password, "10.0.0.1")).status).toBe("ok");
  });

  it("does not create a second account for a known address; it mails the owner instead", async () => {
    await registerConfirmed("bestaand@school.test");
    const before = db.select().from(users).all().length;
    await registerAccount({
      name: "Indringer",
      email: "bestaand@school.test",
      password: "een ander wachtwoord",
      institutionId,
      jobFunction: "leraar",
      jobFunctionOther: null,
    });
    expect(db.select().from(users).all().length).toBe(before);
    expect(mailsTo("bestaand@school.test")[0].subject).toBe("Je hebt al een account op LEERKR@CHT.NET");
    expect((await logIn("bestaand@school.test", "een ander wachtwoord", "10.0.0.1")).status).toBe("invalid");
  });
});

describe("login", () => {
  it("gives the same answer for an unknown address and a wrong password", async () => {
    await registerConfirmed("kim@school.test");
    expect(await logIn("niemand@school.test", password, "10.0.0.2")).toEqual({ status: "invalid" });
    expect(await logIn("kim@school.test", "fout wachtwoord!", "10.0.0.2")).toEqual({ status: "invalid" });
  });

  it("locks an account after five failures, even for the right password", async () => {
    await registerConfirmed("slot@school.test");
    for (let i = 0; i < 5; i++)
      expect((await logIn("slot@school.test", `fout-${i}-wachtwoord`, `10.1.0.${i}`)).status).toBe("invalid");
    const locked = await logIn("slot@school.test", password, "10.1.0.99");
    expect(locked.status).toBe("throttled");
    expect(locked.status === "throttled" && locked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("locks an IP address after many failures across accounts", async () => {
    await registerConfirmed("ander@school.test");
    for (let i = 0; i < 30; i++) await logIn(`gok${i}@school.test`, "wat dan ook hier", "10.9.9.9");
    expect((await logIn("ander@school.test", password, "10.9.9.9")).status).toBe("throttled");
    expect((await logIn("ander@school.test", password, "10.9.9.10")).status).toBe("ok");
  });
});

describe("password reset", () => {
  it("mails nothing for an unknown address", () => {
    requestPasswordReset("onbekend@school.test");
    expect(mailsTo("onbekend@school.test")).toHaveLength(0);
  });

  it("sets the new password, ends every session and works only once", async () => {
    await registerConfirmed("reset@school.test");
    const login = await logIn("reset@school.test", password, "10.2.0.1");
    expect(login.status).toBe("ok");
    requestPasswordReset("reset@school.test");
    const token = tokenFromLatestMail("reset@school.test", "/wachtwoord-herstellen");
    expect(await resetPassword(token, "een gloednieuw wachtwoord")).toBe(true);
    const userId = db.select().from(users).where(eq(users.email, "reset@school.test")).get()!.id;
    expect(db.select().from(authSessions).where(eq(authSessions.userId, userId)).all()).toHaveLength(0);
    expect(await resetPassword(token, "nog een ander wachtwoord")).toBe(false);
    expect((await logIn("reset@school.test", "een gloednieuw wachtwoord", "10.2.0.1")).status).toBe("ok");
    expect((await logIn("reset@school.test", password, "10.2.0.1")).status).toBe("invalid");
  });

  it("refuses a link older than one hour", async () => {
    await registerConfirmed("laat@school.test");
    requestPasswordReset("laat@school.test");
    const token = tokenFromLatestMail("laat@school.test", "/wachtwoord-herstellen");
    db.update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.purpose, "reset_password"))
      .run();
    expect(await resetPassword(token, "een gloednieuw wachtwoord")).toBe(false);
  });

  it("only the newest reset link works", async () => {
    await registerConfirmed("twee@school.test");
    requestPasswordReset("twee@school.test");
    const first = tokenFromLatestMail("twee@school.test", "/wachtwoord-herstellen");
    requestPasswordReset("twee@school.test");
    expect(await resetPassword(first, "een gloednieuw wachtwoord")).toBe(false);
  });
});

describe("password change", () => {
  it("checks the current password and logs out the other devices only", async () => {
    await registerConfirmed("wissel@school.test");
    const here = await logIn("wissel@school.test", password, "10.3.0.1");
    const elsewhere = await logIn("wissel@school.test", password, "10.3.0.2");
    if (here.status !== "ok" || elsewhere.status !== "ok") throw new Error("login failed");
    const userId = db.select().from(users).where(eq(users.email, "wissel@school.test")).get()!.id;
    const hereId = sessionIdFromCookie(here.cookie);
    expect(await changePassword(userId, hereId, "niet mijn wachtwoord", "een gloednieuw wachtwoord")).toBe(
      false,
    );
    expect(await changePassword(userId, hereId, password, "een gloednieuw wachtwoord")).toBe(true);
    const remaining = db
      .select()
      .from(authSessions)
      .where(eq(authSessions.userId, userId))
      .all()
      .map((s) => s.id);
    expect(remaining).toEqual([hereId]);
  });
});
