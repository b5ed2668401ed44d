// Runs scanFile jobs on a worker thread, so big layers use the second core.

import { parentPort } from "node:worker_threads";
import { scanFile, type ScanOptions } from "./scanBlob.js";

interface Job {
  id: number;
  path: string;
  options: ScanOptions;
}

parentPort!.on("message", (job: Job) => {
  scanFile(job.path, job.options).then(
    (scan) => parentPort!.postMessage({ id: job.id, scan }),
    (error: NodeJS.ErrnoException) => parentPort!.postMessage({ id: job.id, error: { message: error.message, code: error.code } }),
  );
});
