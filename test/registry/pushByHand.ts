// Pushes what skopeo 1.9 cannot: an artifact manifest that has no tag of its own in its layout, and
// the index clients push under the referrers tag schema (<alg>-<hex>) on registries without the
// referrers API, as distribution 2.8 is. Plain distribution API calls: blob upload, manifest PUT.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export async function pushBlob(host: string, repository: string, bytes: Uint8Array): Promise<string> {
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: "POST" });
  if (start.status !== 202) throw new Error(`upload start: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get("location")!, `http://${host}`);
  location.searchParams.set("digest", digest);
  const put = await fetch(location, { method: "PUT", headers: { "content-type": "application/octet-stream" }, body: bytes });
  if (put.status !== 201) throw new Error(`upload of ${digest}: ${put.status} ${await put.text()}`);
  return digest;
}

export async function pushManifest(host: string, repository: string, reference: string, bytes: Uint8Array, mediaType: string): Promise<string> {
  const put = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, { method: "PUT", headers: { "content-type": mediaType }, body: bytes });
  if (put.status !== 201) throw new Error(`manifest ${reference}: ${put.status} ${await put.text()}`);
  return put.headers.get("docker-content-digest")!;
}

/**
 * Pushes the manifest `digest` of a layout (its config and layers first), and announces it as a
 * referrer of its subject with the fallback tag index, as oras does on a registry without the API.
 */
export async function pushReferrer(host: string, repository: string, layout: string, digest: string): Promise<void> {
  const blob = (d: string) => readFileSync(join(layout, "blobs", ...d.split(":")));
  const bytes = blob(digest);
  const manifest = JSON.parse(bytes.toString("utf8")) as {
    mediaType: string; artifactType?: string; config: { digest: string }; layers: Array<{ digest: string }>; subject: { digest: string }; annotations?: Record<string, string>;
  };
  for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) await pushBlob(host, repository, blob(d));
  await pushManifest(host, repository, digest, bytes, manifest.mediaType);
  const descriptor = { mediaType: manifest.mediaType, digest, size: bytes.length, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) };
  const index = { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [descriptor] };
  const [alg, hex] = manifest.subject.digest.split(":");
  await pushManifest(host, repository, `${alg}-${hex}`, Buffer.from(JSON.stringify(index)), index.mediaType);
}
