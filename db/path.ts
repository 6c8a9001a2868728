/** Where the database lives; importing this opens nothing (unlike client.server.ts). */
export const DEFAULT_DATABASE_PATH = "data/portal.db";

export function databasePathFromEnv(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}
