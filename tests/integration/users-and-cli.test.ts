import { eq, notInArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { users } from "#db/schema";
import { searchUsers, setUserRole } from "~/auth/users.server";
import { createUserCommand, setRoleCommand } from "~/cli/commands";
import { verifyPassword } from "~/auth/password.server";

describe("operator CLI", () => {
  it("creates a confirmed admin with a generated password that works", async () => {
    const result = await createUserCommand({
      email: "Eerste.Beheerder@Dienst.test",
      name: "Eerste Beheerder",
      role: "admin",
    });
    expect(result.ok).toBe(true);
    const generated = /Generated password: (\S+)/.exec(result.message)![1];
    const user = db.select().from(users).where(eq(users.email, "eerste.beheerder@dienst.test")).get()!;
    expect(user.role).toBe("admin");
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash, generated)).toBe(true);
  });

  it.each([
    [{ email: "geen-adres", name: "X Y", role: "admin" }, /email/],
    [{ email: "a@b.test", name: "X Y", role: "koning" }, /role must be one of/],
    [{ email: "a@b.test", name: "X Y", role: "admin", password: "kort" }, /minstens 12/],
  ])("refuses bad input %#", async (input, message) => {
    const result = await createUserCommand(input);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
  });

  it("refuses a duplicate e-mail", async () => {
    await createUserCommand({
      email: "dubbel@dienst.test",
      name: "Dubbel Een",
      role: "participant",
      password: "een lang wachtwoord",
    });
    expect(
      (await createUserCommand({ email: "dubbel@dienst.test", name: "Dubbel Twee", role: "admin" })).ok,
    ).toBe(false);
  });

  it("sets a role by e-mail", async () => {
    await createUserCommand({
      email: "rol@dienst.test",
      name: "Rol Wissel",
      role: "participant",
      password: "een lang wachtwoord",
    });
    expect(setRoleCommand("rol@dienst.test", "facilitator")).toEqual({
      ok: true,
      message: "rol@dienst.test is now facilitator.",
    });
    expect(db.select().from(users).where(eq(users.email, "rol@dienst.test")).get()!.role).toBe("facilitator");
    expect(setRoleCommand("niemand@dienst.test", "admin").ok).toBe(false);
    expect(setRoleCommand("rol@dienst.test", "keizer").ok).toBe(false);
  });
});

describe("role management", () => {
  function userId(email: string) {
    return db.select().from(users).where(eq(users.email, email)).get()!.id;
  }

  it("lets an admin change another user's role, never their own, and keeps one admin", async () => {
    await createUserCommand({
      email: "baas@dienst.test",
      name: "Baas Een",
      role: "admin",
      password: "een lang wachtwoord",
    });
    await createUserCommand({
      email: "lid@dienst.test",
      name: "Lid Een",
      role: "participant",
      password: "een lang wachtwoord",
    });
    const admin = userId("baas@dienst.test");
    expect(setUserRole(admin, userId("lid@dienst.test"), "facilitator")).toBe("ok");
    expect(setUserRole(admin, admin, "participant")).toBe("own-role");
    expect(setUserRole(admin, "bestaat-niet", "admin")).toBe("not-found");
  });

  it("refuses to demote the last admin, even for a request that started before its own demotion", async () => {
    await createUserCommand({
      email: "a1@dienst.test",
      name: "Admin Een",
      role: "admin",
      password: "een lang wachtwoord",
    });
    await createUserCommand({
      email: "a2@dienst.test",
      name: "Admin Twee",
      role: "admin",
      password: "een lang wachtwoord",
    });
    db.update(users)
      .set({ role: "participant" })
      .where(notInArray(users.email, ["a1@dienst.test", "a2@dienst.test"]))
      .run();
    expect(setUserRole(userId("a1@dienst.test"), userId("a2@dienst.test"), "participant")).toBe("ok");
    expect(setUserRole(userId("a2@dienst.test"), userId("a1@dienst.test"), "participant")).toBe("last-admin");
  });

  it("finds users by part of the name or address, case-insensitively, and treats % literally", async () => {
    await createUserCommand({
      email: "zoek.mij@dienst.test",
      name: "Zoë Vandenberghe",
      role: "participant",
      password: "een lang wachtwoord",
    });
    expect(searchUsers({ query: "vandenBERGHE", role: null, page: 1 }).rows.map((u) => u.email)).toEqual([
      "zoek.mij@dienst.test",
    ]);
    expect(searchUsers({ query: "zoek.mij", role: "participant", page: 1 }).total).toBe(1);
    expect(searchUsers({ query: "%", role: null, page: 1 }).total).toBe(0);
  });
});
