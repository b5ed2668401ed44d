// A one-line progress display on stderr while a layout or archive is read: only on a terminal and never
// in CI logs, redrawn at most ten times a second, erased when done.

import type { LintProgress } from "../lint.js";

export interface ProgressDisplay {
  update(progress: LintProgress): void;
  done(): void;
}

export function progressDisplay(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ProgressDisplay | undefined {
  if (!stream.isTTY || env["CI"] || env["NO_PROGRESS"]) return undefined;
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const text = `checking ${p.target}: ${p.blobs} blob${p.blobs === 1 ? "" : "s"}, ${formatBytes(p.bytes)}`;
      stream.write(`\r\x1b[K${text.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
