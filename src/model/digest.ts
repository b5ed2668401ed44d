import { createHash } from "node:crypto";

// Digest grammar and the registered algorithms (image-spec descriptor.md, "Digests").

export interface RegisteredAlgorithm {
  readonly name: string;
  /** Length of the lowercase hex encoding. */
  readonly hexLength: number;
  /** Name accepted by node:crypto, when Node can compute it. */
  readonly nodeHash?: string;
}

export const REGISTERED_ALGORITHMS: Readonly<Record<string, RegisteredAlgorithm>> = {
  sha256: { name: "sha256", hexLength: 64, nodeHash: "sha256" },
  sha512: { name: "sha512", hexLength: 128, nodeHash: "sha512" },
  blake3: { name: "blake3", hexLength: 64 },
};

const ALGORITHM = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*$/;
// One pattern per length, made once: digests are parsed for every descriptor of every document.
const LOWER_HEX = new Map<number, RegExp>();
const lowerHexOf = (length: number): RegExp => {
  let pattern = LOWER_HEX.get(length);
  if (!pattern) LOWER_HEX.set(length, (pattern = new RegExp(`^[a-f0-9]{${length}}$`)));
  return pattern;
};
const ENCODED = /^[a-zA-Z0-9=_-]+$/;

export interface ParsedDigest {
  algorithm: string;
  encoded: string;
  registered: RegisteredAlgorithm | undefined;
}

export type DigestProblem =
  | { kind: "grammar"; message: string }
  | { kind: "encoding"; message: string };

/** Parses a digest string; returns the parts or why it is not a valid digest. */
export function parseDigest(value: string): ParsedDigest | DigestProblem {
  const colon = value.indexOf(":");
  if (colon <= 0) return { kind: "grammar", message: "must be algorithm:encoded" };
  const algorithm = value.slice(0, colon);
  const encoded = value.slice(colon + 1);
  if (!ALGORITHM.test(algorithm)) {
    return { kind: "grammar", message: `algorithm "${algorithm}" must be lowercase letters and digits joined by + . _ -` };
  }
  if (!ENCODED.test(encoded)) {
    return { kind: "grammar", message: "encoded part must be letters, digits, = _ or -" };
  }
  const registered = REGISTERED_ALGORITHMS[algorithm];
  if (registered) {
    if (!lowerHexOf(registered.hexLength).test(encoded)) {
      return {
        kind: "encoding",
        message: `${algorithm} needs ${registered.hexLength} lowercase hex characters, found ${describeEncoded(encoded)}`,
      };
    }
  }
  return { algorithm, encoded, registered };
}

export function isParsedDigest(result: ParsedDigest | DigestProblem): result is ParsedDigest {
  return "algorithm" in result;
}

function describeEncoded(encoded: string): string {
  if (/[A-F]/.test(encoded) && /^[a-fA-F0-9]+$/.test(encoded)) return `${encoded.length} characters with uppercase hex`;
  if (!/^[a-fA-F0-9]+$/.test(encoded)) return `${encoded.length} characters, not all hex`;
  return `${encoded.length}`;
}

/** A short form for humans: `sha256:1a2b3c4d5e6f`. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(":");
  return colon < 0 ? digest.slice(0, 19) : digest.slice(0, colon + 13);
}

/** Digest of in-memory bytes, when Node can compute the algorithm (sha256, sha512); undefined otherwise. */
export function digestOf(algorithm: string, bytes: Uint8Array): string | undefined {
  const nodeHash = REGISTERED_ALGORITHMS[algorithm]?.nodeHash;
  if (nodeHash === undefined) return undefined;
  return `${algorithm}:${createHash(nodeHash).update(bytes).digest("hex")}`;
}
