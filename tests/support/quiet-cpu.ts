import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** Busy and total CPU time since boot, summed over cores, from /proc/stat (Linux); null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    if (!fields || fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return null;
    const total = fields.reduce((sum, n) => sum + n, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine's CPUs are mostly idle (share busy over a 500 ms window at most `maxBusy`), or until
 * `timeoutMs` has passed. A timing measured while another process (a previous CI step's Chromium, LibreOffice)
 * still holds a core measures that process too; on this 2-core machine Lighthouse's total blocking time varied
 * 80–720 ms between runs of one build. Returns what it waited and the last busy share, to print beside the figure.
 */
export async function waitForQuietCpu(
  maxBusy = 0.2,
  timeoutMs = 30_000,
): Promise<{ waitedMs: number; busy: number }> {
  const start = Date.now();
  let busy = 0;
  for (;;) {
    const before = cpuTimes();
    await delay(500);
    const after = cpuTimes();
    if (!before || !after) return { waitedMs: Date.now() - start, busy: 0 };
    const total = after.total - before.total;
    busy = total > 0 ? (after.busy - before.busy) / total : 0;
    if (busy <= maxBusy || Date.now() - start >= timeoutMs) return { waitedMs: Date.now() - start, busy };
  }
}
