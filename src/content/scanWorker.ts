// Runs scanFile jobs on a worker thread, so big layers use the second core.

import { parentPort } from "node:worker_threads";
import { hashFileSync, scanFile, type ScanOptions } from "./scanBlob.js";

interface Job {
  id: number;
  path: string;
  options: ScanOptions;
}

parentPort!.on("message", (job: Job) => {
  const o = job.options;
  // Nothing to decompress or keep: a blocking read into one buffer is fastest, and this thread has nothing else to do.
  const scan = !o.decompress && !o.walkTar && !o.collect ? Promise.resolve().then(() => hashFileSync(job.path, o)) : scanFile(job.path, o);
  scan.then(
    (scan) => parentPort!.postMessage({ id: job.id, scan }),
    (error: NodeJS.ErrnoException) => parentPort!.postMessage({ id: job.id, error: { message: error.message, code: error.code } }),
  );
});
