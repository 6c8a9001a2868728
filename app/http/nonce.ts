import { randomBytes } from "node:crypto";

const NONCE_BYTES = 16;
const POOL_NONCES = 256;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * A fresh CSP nonce per response: 128 random bits from the system's CSPRNG, base64. Drawn from a
 * pool filled 256 nonces at a time, since a call into the CSPRNG per request was measurable
 * (tests/bench); every byte is used once.
 */
export function cspNonce(): string {
  if (offset + NONCE_BYTES > pool.length) {
    pool = randomBytes(NONCE_BYTES * POOL_NONCES);
    offset = 0;
  }
  const nonce = pool.toString("base64", offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return nonce;
}
