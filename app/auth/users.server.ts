import { and, asc, count, eq, like, or, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { institutions, users, type Role } from "#db/schema";

export const USERS_PAGE_SIZE = 25;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function searchUsers({ query, role, page }: { query: string; role: Role | null; page: number }) {
  const pattern = `%${escapeLike(query.toLowerCase())}%`;
  const where = and(
    query
      ? or(
          like(sql`lower(${users.name})`, sql`${pattern} escape '\\'`),
          like(users.email, sql`${pattern} escape '\\'`),
        )
      : undefined,
    role ? eq(users.role, role) : undefined,
  );
  const rows = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      jobFunction: users.jobFunction,
      institution: institutions.name,
      confirmed: sql<boolean>`${users.emailVerifiedAt} is not null`,
    })
    .from(users)
    .leftJoin(institutions, eq(users.institutionId, institutions.id))
    .where(where)
    .orderBy(asc(users.name))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(users).where(where).get()!.n;
  return { rows, total };
}

export type RoleChangeResult = "ok" | "not-found" | "own-role" | "last-admin";

/** Admins change others' roles; nobody demotes themselves, so an admin always remains. */
export function setUserRole(actorId: string, userId: string, role: Role): RoleChangeResult {
  if (actorId === userId) return "own-role";
  return db.transaction(
    (tx) => {
      const target = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
      if (!target) return "not-found";
      if (target.role === "admin" && role !== "admin") {
        const admins = tx.select({ n: count() }).from(users).where(eq(users.role, "admin")).get()!.n;
        if (admins <= 1) return "last-admin";
      }
      tx.update(users).set({ role }).where(eq(users.id, userId)).run();
      return "ok";
    },
    { behavior: "immediate" },
  );
}

export function getProfile(userId: string) {
  const profile = db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      jobFunction: users.jobFunction,
      jobFunctionOther: users.jobFunctionOther,
      institution: institutions.name,
      institutionCity: institutions.city,
    })
    .from(users)
    .leftJoin(institutions, eq(users.institutionId, institutions.id))
    .where(eq(users.id, userId))
    .get();
  if (!profile) throw new Response("Niet gevonden", { status: 404 });
  return profile;
}
