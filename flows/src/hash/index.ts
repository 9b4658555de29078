/** Plan hashing: canonical JSON + SHA-256, pure TypeScript. */
export { sha256Hex, sha256Bytes } from './sha256.ts';
export { canonicalJson } from './canonical-json.ts';
