// A small pool of worker threads for scanning big blobs on every core. Running from the TypeScript
// sources (the test runner) there is no compiled worker file, and scans run in this thread instead.

import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import { scanFile, type BlobScan, type ScanOptions } from "./scanBlob.js";
import { compiledWorker } from "./workerFile.js";

export interface ScanPool {
  /** `sizeHint` (the descriptor's size) saves an lstat when choosing between this thread and a worker. */
  scanFile(path: string, options: ScanOptions, sizeHint?: number): Promise<BlobScan>;
  close(): Promise<void>;
}

/** Blobs smaller than this are scanned in this thread: a round trip to a worker costs more. */
const WORKER_THRESHOLD = 256 * 1024;

interface Pending {
  resolve: (scan: BlobScan) => void;
  reject: (error: Error) => void;
}

export function createScanPool(size = Math.min(Math.max(availableParallelism(), 1), 4)): ScanPool {
  const workerFile = compiledWorker("scanWorker", import.meta.url);
  if (!workerFile || size < 2) return { scanFile: (path, options) => scanFile(path, options), close: async () => {} };

  const workers: { worker: Worker; busy: number; jobs: Set<number> }[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 1;
  // A busy worker keeps the process alive (it is waiting for the answer); an idle one must not.
  const settle = (slot: { worker: Worker; busy: number; jobs: Set<number> }, id: number) => {
    slot.jobs.delete(id);
    slot.busy--;
    if (slot.busy === 0) slot.worker.unref();
  };
  const spawn = () => {
    // Loaded when the first big blob comes: most runs (documents, wide layouts of small images) never need it.
    const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
    const worker = new Worker(workerFile);
    const slot = { worker, busy: 0, jobs: new Set<number>() };
    worker.on("message", (message: { id: number; scan?: BlobScan; error?: { message: string; code?: string } }) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      settle(slot, message.id);
      if (message.scan) job.resolve(message.scan);
      else job.reject(Object.assign(new Error(message.error?.message ?? "scan failed"), { code: message.error?.code }));
    });
    // A worker that dies (out of memory, a native crash) fails its jobs instead of leaving them waiting.
    const fail = (error: Error) => {
      workers.splice(workers.indexOf(slot), 1);
      for (const id of [...slot.jobs]) {
        const job = pending.get(id);
        pending.delete(id);
        settle(slot, id);
        job?.reject(error);
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`scan worker exited with code ${code}`)));
    worker.unref();
    workers.push(slot);
    return slot;
  };

  return {
    async scanFile(path, options, sizeHint) {
      const bytes = sizeHint ?? (await lstat(path)).size;
      if (bytes < WORKER_THRESHOLD) return scanFile(path, options);
      const idle = workers.find((w) => w.busy === 0);
      const slot = idle ?? (workers.length < size ? spawn() : workers.reduce((a, b) => (a.busy <= b.busy ? a : b)));
      if (slot.busy++ === 0) slot.worker.ref();
      const id = nextId++;
      slot.jobs.add(id);
      const { signal: _signal, ...plain } = options;
      const signal = options.signal;
      return new Promise<BlobScan>((resolve, reject) => {
        // On abort the answer is dropped when it comes; the worker finishes its read and stays for reuse.
        const onAbort = () => {
          if (!pending.delete(id)) return;
          settle(slot, id);
          reject(signal!.reason);
        };
        pending.set(id, {
          resolve: (scan) => { signal?.removeEventListener("abort", onAbort); resolve(scan); },
          reject: (error) => { signal?.removeEventListener("abort", onAbort); reject(error); },
        });
        if (signal?.aborted) return onAbort();
        signal?.addEventListener("abort", onAbort, { once: true });
        slot.worker.postMessage({ id, path, options: plain });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
