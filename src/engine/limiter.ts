// At most `size` tasks at once. An index of 20,000 manifests must not open 20,000 files and hold 20,000
// read buffers at the same moment: the walk's reads queue here, first come first served.

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(size: number): Limiter {
  let running = 0;
  // A queue with a moving head: Array.shift() on 40,000 waiters would make the walk quadratic.
  let waiting: Array<() => void> = [];
  let head = 0;
  const next = () => {
    running--;
    const wake = waiting[head];
    if (wake === undefined) return;
    head++;
    if (head > 1024 && head * 2 > waiting.length) {
      waiting = waiting.slice(head);
      head = 0;
    }
    wake();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

/**
 * Runs `work` over `items` with at most `width` in progress, in order. Starting all 20,000 entries of
 * an index at once would park 20,000 chains of suspended calls and promises in memory, waiting for reads.
 */
export async function forEachWithin<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
