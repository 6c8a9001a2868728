import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import { Lru } from "./lru";

/**
 * Rendered public pages for anonymous visitors, kept until the database changes (any commit, by
 * any process) or `maxAgeMs` passes (pages also show time: "nog 3 plaatsen", deadlines). A hit
 * is answered with the stored bytes and an ETag, and a matching If-None-Match gets 304.
 *
 * The stored page keeps the CSP nonce it was rendered with, and a hit sends that render's CSP
 * header again: bytes, header and ETag stay one consistent representation (a 304 must not
 * change the nonce under a page the browser already has). Reusing a nonce across visitors is
 * safe here because nothing a visitor sends ends up in a cached page without a new render: the
 * URL is the key, and any stored content change is a commit, which starts a new render with a
 * new nonce.
 */
export interface PageCacheOptions {
  /** Paths whose anonymous rendering is the same for every visitor. */
  paths: RegExp[];
  /** Changes whenever the database changes. */
  dataVersion: () => string;
  maxAgeMs: number;
  budgetBytes: number;
  now?: () => number;
}

interface CachedPage {
  version: string;
  storedAt: number;
  headers: Record<string, string | string[] | number>;
  body: Buffer;
  etag: string;
}

type HeaderBag = Record<string, string | string[] | number | undefined>;

/** Only anonymous GET/HEAD requests: any cookie may change what a page shows. */
export function isCacheableRequest(
  request: { method: string; path: string; headers: HeaderBag },
  paths: RegExp[],
): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers.cookie !== undefined || request.headers.authorization !== undefined) return false;
  return paths.some((pattern) => pattern.test(request.path));
}

/** Only complete, shared, cookie-free HTML pages are stored. */
export function isCacheableResponse(status: number, headers: HeaderBag): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return false;
  return !/no-store|private/i.test(String(headers["cache-control"] ?? ""));
}

/** If-None-Match with the weak comparison RFC 9110 prescribes for GET. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

const NOT_STORED = new Set([
  "content-length",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "etag",
]);

export function pageCache(options: PageCacheOptions): RequestHandler {
  const cache = new Lru<string, CachedPage>(
    options.budgetBytes,
    (key, page) => key.length + page.body.length + 2048,
  );
  const now = options.now ?? Date.now;
  return (req, res, next) => {
    if (!isCacheableRequest(req, options.paths)) return next();
    const key = req.originalUrl;
    const version = options.dataVersion();
    const hit = cache.get(key);
    if (hit && hit.version === version && now() - hit.storedAt < options.maxAgeMs) {
      for (const [name, value] of Object.entries(hit.headers)) res.setHeader(name, value);
      res.setHeader("ETag", hit.etag);
      if (etagMatches(req.get("if-none-match"), hit.etag)) {
        res.status(304).end();
        return;
      }
      res.status(200).setHeader("Content-Length", hit.body.length);
      res.end(req.method === "HEAD" ? undefined : hit.body);
      return;
    }
    if (req.method !== "GET") return next();
    // Keep a copy of what the page writes; store it once the response is complete.
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
      );
    };
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      return write(chunk, encoding, callback);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      return end(chunk, encoding, callback);
    }) as typeof res.end;
    res.once("finish", () => {
      const headers = res.getHeaders() as HeaderBag;
      if (!isCacheableResponse(res.statusCode, headers)) return;
      const body = Buffer.concat(chunks);
      const stored = Object.fromEntries(
        Object.entries(headers).filter(
          (entry): entry is [string, string | string[] | number] =>
            entry[1] !== undefined && !NOT_STORED.has(entry[0]),
        ),
      );
      const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      cache.set(key, { version, storedAt: now(), headers: stored, body, etag });
    });
    next();
  };
}
