// npm run bench [-- --scale small|full] [--runs N] [--out FILE]
//
// Runs ocilint, the physical floors and the peers on the same datasets, alternating between them in
// every round so that drift (thermal, page cache, neighbours) hits all of them alike. Prints medians,
// min–max, peak RSS and the ratio of ocilint to each floor and peer, checks the targets of issue 9, and
// writes everything to a JSON file. Timing lives here, never in tests.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeBig, makeTree, makeWide } from "./datasets.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist/bin/ocilint.js");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const scale = args.scale ?? "full";
const SCALES = {
  small: { bigMiB: 64, bigLayers: 4, wide: [200], tree: { depth: 3, fanout: 4 }, runs: 3 },
  full: { bigMiB: 2048, bigLayers: 8, wide: [2000, 20000], tree: { depth: 4, fanout: 5 }, runs: 5 },
};
const config = SCALES[scale];
if (!config) throw new Error(`unknown scale "${scale}" (small or full)`);
const runs = Number(args.runs ?? config.runs);
const out = args.out ?? join(ROOT, "bench", `results-${scale}.json`);
const dataDir = args.data ?? join(tmpdir(), "ocilint-bench", scale);

const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const blobs = (dir) => readdirSync(join(dir, "blobs/sha256")).map((b) => join(dir, "blobs/sha256", b));
const layerBlobs = (dir) => {
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
  const manifest = JSON.parse(readFileSync(join(dir, "blobs", ...index.manifests[0].digest.split(":")), "utf8"));
  return manifest.layers.map((l) => join(dir, "blobs", ...l.digest.split(":")));
};
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

async function datasets() {
  const sets = [];
  const ensure = async (name, make) => {
    const dir = join(dataDir, name);
    if (!existsSync(join(dir, "index.json"))) {
      process.stderr.write(`generating ${name}…\n`);
      rmSync(dir, { recursive: true, force: true });
      await make(dir);
    }
    sets.push({ name, dir });
  };
  await ensure("big-gzip", (d) => makeBig(d, { mib: config.bigMiB, layers: config.bigLayers, compression: "gzip" }));
  await ensure("big-zstd", (d) => makeBig(d, { mib: config.bigMiB, layers: config.bigLayers, compression: "zstd" }));
  for (const images of config.wide) await ensure(`wide-${images}`, (d) => makeWide(d, { images }));
  await ensure("tree", (d) => makeTree(d, config.tree));
  return sets;
}

/** The commands measured on one dataset: ocilint in its modes, the floors, the peers. */
function commands(set) {
  const ocilint = (...flags) => `node ${quote(CLI)} --no-config --format json ${flags.join(" ")} ${quote(set.dir)} > /dev/null`;
  const list = [{ id: "ocilint", kind: "ocilint", cmd: ocilint() }];
  if (set.name.startsWith("big")) {
    const all = blobs(set.dir).map(quote).join(" ");
    const layers = layerBlobs(set.dir).map(quote).join(" ");
    const inflate = set.name === "big-gzip" ? (has("igzip") ? "igzip -dc" : "gzip -dc") : "zstd -dc -q";
    list.push(
      { id: "ocilint --layers diff-ids", kind: "ocilint", cmd: ocilint("--layers", "diff-ids") },
      { id: "ocilint --layers digests", kind: "ocilint", cmd: ocilint("--layers", "digests") },
      { id: "openssl sha256, 2 cores", kind: "floor", cmd: `printf '%s\\n' ${all} | xargs -P2 -n1 openssl dgst -sha256 > /dev/null` },
      { id: "openssl sha256, 1 core", kind: "floor", cmd: `openssl dgst -sha256 ${all} > /dev/null` },
      // The diff_id floor: each layer hashed as stored and, inflated, hashed again; both cores.
      { id: `${inflate.split(" ")[0]} + openssl, 2 cores`, kind: "floor", cmd: `printf '%s\\n' ${layers} | xargs -P2 -I{} bash -c 'openssl dgst -sha256 {} > /dev/null & ${inflate} {} | openssl dgst -sha256 > /dev/null; wait'` },
    );
  }
  list.push({ id: "node -e 0", kind: "floor", cmd: "node -e 0" });
  if (has("oci-image-tool")) list.push({ id: "oci-image-tool validate", kind: "peer", cmd: `oci-image-tool validate --type image ${quote(set.dir)} > /dev/null 2>&1; true` });
  if (has("umoci") && set.name.startsWith("big")) list.push({ id: "umoci unpack", kind: "peer", cmd: `d=$(mktemp -d); umoci unpack --rootless --image ${quote(set.dir)}:big "$d/b" > /dev/null 2>&1; rm -rf "$d"; true` });
  return list;
}

/** Wall time from this process's clock (GNU time's %e has 10 ms steps, too coarse for start-up); peak RSS from GNU time. */
function measure(cmd) {
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", "bash", "-c", cmd], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kib = Number(result.stderr.trim().split("\n").at(-1));
  return { seconds, rssMiB: kib / 1024, status: result.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const sets = await datasets();
const results = [];
for (const set of sets) {
  const list = commands(set);
  const samples = new Map(list.map((c) => [c.id, []]));
  measure(list[0].cmd); // warm the page cache and the compiled code once
  // Runs of a fraction of a second are at the mercy of the neighbours: three times the rounds for them.
  const rounds = set.name.startsWith("big") || set.name === "wide-20000" ? runs : runs * 3;
  for (let round = 0; round < rounds; round++) for (const c of list) samples.get(c.id).push(measure(c.cmd));
  for (const c of list) {
    const s = samples.get(c.id);
    results.push({
      dataset: set.name, command: c.id, kind: c.kind,
      median: median(s.map((x) => x.seconds)), min: Math.min(...s.map((x) => x.seconds)), max: Math.max(...s.map((x) => x.seconds)),
      rssMiB: Math.max(...s.map((x) => x.rssMiB)), failed: s.filter((x) => x.status !== 0 && c.kind === "ocilint").length,
    });
  }
}
const startup = [];
for (let round = 0; round < Math.max(5, runs); round++) startup.push(measure(`node ${quote(CLI)} --version > /dev/null`).seconds, measure("node -e 0").seconds);
const version = median(startup.filter((_, i) => i % 2 === 0));
const nodeFloor = median(startup.filter((_, i) => i % 2 === 1));

const get = (dataset, command) => results.find((r) => r.dataset === dataset && r.command === command);
const ratio = (a, b) => (a && b ? a.median / b.median : undefined);
const targets = [];
const target = (name, value, limit) => targets.push({ name, value, limit: `≤ ${limit}`, ok: value !== undefined && value <= limit });
const atLeast = (name, value, limit) => targets.push({ name, value, limit: `≥ ${limit}`, ok: value !== undefined && value >= limit });
for (const big of ["big-gzip", "big-zstd"]) {
  target(`${big}: --layers digests / openssl 2 cores`, ratio(get(big, "ocilint --layers digests"), get(big, "openssl sha256, 2 cores")), 1.3);
  target(`${big}: --layers digests / openssl 1 core`, ratio(get(big, "ocilint --layers digests"), get(big, "openssl sha256, 1 core")), 1.0);
  const floor = results.find((r) => r.dataset === big && r.command.endsWith("+ openssl, 2 cores"));
  target(`${big}: full / diff_id floor (${floor?.command})`, ratio(get(big, "ocilint"), floor), big === "big-gzip" ? 2.0 : 2.2);
  target(`${big}: tar walk overhead (full / diff-ids)`, ratio(get(big, "ocilint"), get(big, "ocilint --layers diff-ids")), 1.1);
  target(`${big}: peak RSS MiB`, get(big, "ocilint")?.rssMiB, 150);
}
// Against node -e 0 measured in the same rounds as the dataset, so drift between datasets does not count.
const floorOf = (dataset) => get(dataset, "node -e 0")?.median ?? nodeFloor;
for (const images of config.wide) {
  const wide = get(`wide-${images}`, "ocilint");
  target(`wide-${images}: seconds over node -e 0 per 1,000 manifests`, wide ? (wide.median - floorOf(`wide-${images}`)) / (images / 1000) : undefined, 0.15);
  target(`wide-${images}: peak RSS MiB`, wide?.rssMiB, 150);
  const peer = get(`wide-${images}`, "oci-image-tool validate");
  if (peer && wide) atLeast(`wide-${images}: oci-image-tool time / ocilint time`, peer.median / wide.median, images >= 20000 ? 6 : 1);
}
target("tree: ocilint / node -e 0", get("tree", "ocilint") ? get("tree", "ocilint").median / floorOf("tree") : undefined, 2);
target("start-up: ocilint --version / node -e 0", version / nodeFloor, 1.3);

const pad = (s, n) => String(s).padEnd(n);
console.log(`ocilint bench, scale ${scale}, ${runs} runs, ${new Date().toISOString()}\n`);
console.log(`${pad("dataset", 12)} ${pad("command", 30)} ${pad("median s", 9)} ${pad("min–max s", 13)} ${pad("RSS MiB", 8)}`);
for (const r of results) console.log(`${pad(r.dataset, 12)} ${pad(r.command, 30)} ${pad(r.median.toFixed(3), 9)} ${pad(`${r.min.toFixed(3)}–${r.max.toFixed(3)}`, 13)} ${pad(r.rssMiB.toFixed(0), 8)}`);
console.log(`\nstart-up: ocilint --version ${version.toFixed(3)} s, node -e 0 ${nodeFloor.toFixed(3)} s\n`);
for (const t of targets) console.log(`${t.ok ? "✔" : "✖"} ${pad(t.name, 62)} ${t.value === undefined ? "n/a" : t.value.toFixed(2)} (target ${t.limit})`);
mkdirSync(join(out, ".."), { recursive: true });
writeFileSync(out, JSON.stringify({ scale, runs, date: new Date().toISOString(), node: process.version, results, startup: { version, nodeFloor }, targets }, null, 2) + "\n");
console.log(`\nwritten to ${out}`);
if (results.some((r) => r.failed > 0)) {
  console.error("ocilint failed on a benchmark dataset");
  process.exit(1);
}
