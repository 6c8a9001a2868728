import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { databasePathFromEnv } from "#db/client.server";

/** Uploads live beside the database, outside public/, under random names only. */
export function uploadsDir(): string {
  const dir = join(dirname(resolve(databasePathFromEnv())), "uploads");
  mkdirSync(dir, { recursive: true });
  return dir;
}

function pathFor(id: string): string {
  if (!/^[a-f0-9]{32}$/.test(id)) throw new Error("invalid attachment id");
  return join(uploadsDir(), id);
}

export function writeUpload(id: string, bytes: Uint8Array): void {
  writeFileSync(pathFor(id), bytes, { flag: "wx", mode: 0o600 });
}

export function readUpload(id: string): Buffer {
  return readFileSync(pathFor(id));
}

export function deleteUpload(id: string): void {
  rmSync(pathFor(id), { force: true });
}
