// Runs scanFile jobs on a worker thread, so big layers use the second core.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { hashFileSync, scanFile, type ScanOptions } from "./scanBlob.js";

interface Job {
  id: number;
  path: string;
  options: ScanOptions;
}

// zlib hands over every 256 KiB of inflated output in a new buffer. Dead, they wait for a GC that V8
// schedules by how full the JavaScript heap is, not by these buffers: 40–60 MiB per worker on a 2 GiB
// layout. A scavenge every 20 ms while a job runs frees them (peak RSS of the 2 GiB gzip benchmark
// 174 → 126 MiB, no change in time). From the event loop's timer phase, not from inside the output
// handler: a scavenge there finds the in-flight buffers alive and promotes them, and memory grew.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (options: { type: "minor" | "major" }) => void;
let running = 0;
let reclaimer: NodeJS.Timeout | undefined;
const started = () => {
  if (running++ === 0) reclaimer = setInterval(() => gc({ type: "minor" }), 20);
};
const finished = () => {
  if (--running === 0) clearInterval(reclaimer);
};

parentPort!.on("message", (job: Job) => {
  const o = job.options;
  started();
  // Nothing to decompress or keep: a blocking read into one buffer is fastest, and this thread has nothing else to do.
  const scan = !o.decompress && !o.walkTar && !o.collect ? Promise.resolve().then(() => hashFileSync(job.path, o)) : scanFile(job.path, o);
  scan.then(
    (scan) => parentPort!.postMessage({ id: job.id, scan }),
    (error: NodeJS.ErrnoException) => parentPort!.postMessage({ id: job.id, error: { message: error.message, code: error.code } }),
  ).finally(finished);
});
