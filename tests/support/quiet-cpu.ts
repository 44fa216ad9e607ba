import { cpus } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';

/** Busy and total CPU time since boot, summed over cores (Node's own counters: no /proc parsing, any OS). */
function cpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    busy += all - times.idle;
    total += all;
  }
  return { busy, total };
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
  for (;;) {
    const before = cpuTimes();
    await delay(500);
    const after = cpuTimes();
    const total = after.total - before.total;
    const busy = total > 0 ? (after.busy - before.busy) / total : 0;
    if (busy <= maxBusy || Date.now() - start >= timeoutMs) return { waitedMs: Date.now() - start, busy };
  }
}
