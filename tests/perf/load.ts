import type { Browser, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { VIEWPORT } from './keystroke';
import { waitUntil } from './wait';
import { COLLECT_LOAD_SAMPLE, LOAD_PROBE, type LoadSample } from './probes';

/** One cold page load (ms since navigation start; KB are gzip -9 of the response bodies, 1 KB = 1024 B). */
export type LoadTiming = {
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  ready: number | null;
  chartInDom: number | null;
  interactiveInDom: number | null;
  chartFrame: number | null;
  chartPainted: number | null;
  /**
   * Distinct JS files fetched by ordinary requests (not idle prefetch) during the run. This and the other
   * totals below are null on a run that did not wait for the page to settle (they would be incomplete).
   */
  jsKb: number | null;
  jsFiles: number;
  /** The part of jsKb whose response had ended by the frame that drew the chart. */
  jsBeforeChartKb: number | null;
  /** Distinct JS files fetched only by <link rel=prefetch> (idle prefetch of what may come next). */
  prefetchKb: number | null;
  /** Prefetch requests for files the page had already fetched (wasted requests). */
  prefetchDuplicates: number;
  /** What the preview server actually sent for JS (encodedBodySize, its own gzip level), for comparison. */
  jsEncodedKb: number | null;
  /** Each JS file: gzip KB, when its response ended (ms), and whether only the idle prefetch fetched it. */
  files: { file: string; kb: number; endMs: number | null; prefetch: boolean }[];
};

type Fetched = { url: string; gzipBytes: number; prefetch: boolean };

/**
 * Gzip -9 size of each file fetched, by URL: the files are static (hashed names), so each is compressed once
 * per `npm run perf`, not on every load (compressing ~900 KB at level 9 on every run competed with the browser
 * for the two cores).
 */
const gzipByUrl = new Map<string, Promise<number>>();

async function gzipSizeOf(response: Response): Promise<number> {
  let body: Buffer | null = null;
  try {
    body = await response.body();
  } catch {
    // Chromium did not keep the body (see below).
  }
  // Chromium keeps no body for <link rel=prefetch> responses (an empty buffer): the files are static, so
  // fetch the same URL from here to size them.
  if ((body === null || body.length === 0) && response.status() === 200)
    body = Buffer.from(await (await fetch(response.url())).arrayBuffer());
  return body ? gzipSync(body, { level: 9 }).length : 0;
}

async function record(response: Response): Promise<Fetched | null> {
  const url = response.url();
  if (!new URL(url).pathname.endsWith('.js')) return null;
  const headers = await response.request().allHeaders();
  const prefetch = headers['sec-purpose'] === 'prefetch';
  let size = gzipByUrl.get(url);
  if (size === undefined || (await size) === 0) {
    size = gzipSizeOf(response);
    gzipByUrl.set(url, size);
  }
  return { url, gzipBytes: await size, prefetch };
}

/** A connection Chromium emulates (DevTools' throttling): added round-trip time and bandwidth. */
export type NetworkProfile = { latencyMs: number; downKbps: number; upKbps: number };

/**
 * Named connections for `npm run perf -- --network`: `slow4g` is Lighthouse's mobile throttling (150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up), where downloads rather than the main thread set the pace.
 */
export const NETWORKS: Record<string, NetworkProfile> = {
  slow4g: { latencyMs: 150, downKbps: 1600, upKbps: 750 },
};

/** How long a settling run waits after the page is ready: the idle prefetch starts 1 s after the load event. */
const SETTLE_MS = 2000;

/**
 * Loads `url` in a fresh browser context (empty cache) and waits until the page is ready (and, with `chart`,
 * until the chart has painted). With `settle` it then waits SETTLE_MS more so late chunks and the idle
 * prefetch show up; without, only 100 ms (timings only; the byte totals stay null).
 */
export async function measureColdLoad(
  browser: Browser,
  url: string,
  { chart, settle, network }: { chart: boolean; settle: boolean; network?: NetworkProfile },
): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: (network.downKbps * 1000) / 8,
        uploadThroughput: (network.upKbps * 1000) / 8,
      });
    }
    await page.addInitScript(LOAD_PROBE);
    const pending: Promise<Fetched | null>[] = [];
    // A response that arrives while the context closes cannot be read any more: it is left out (it came after the
    // sample), rather than rejecting with nothing awaiting it, which crashed a CI run ("Target page … closed").
    const onResponse = (response: Response) => pending.push(record(response).catch(() => null));
    page.on('response', onResponse);
    await page.goto(url, { waitUntil: 'load' });
    // With a chart: until it has painted; on a settling run also until the interactive chart has replaced the
    // first frame, so its bytes are counted (other runs record that time only if it comes before they end).
    const done = !chart
      ? 'window.__perfLoad.ready !== null'
      : settle
        ? 'window.__perfLoad.chartPainted !== null && window.__perfLoad.interactiveInDom !== null'
        : 'window.__perfLoad.chartPainted !== null';
    await waitUntil(page, done, { pollMs: 50, timeoutMs: 30_000 });
    // Without settling, the timings are all in once the interactive chart is there; 100 ms lets a late LCP entry in.
    await page.waitForTimeout(settle ? SETTLE_MS : 100);
    const sample = (await page.evaluate(COLLECT_LOAD_SAMPLE)) as LoadSample;
    page.off('response', onResponse);
    const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null);

    const ordinary = new Map<string, number>();
    for (const f of fetched)
      if (!f.prefetch) ordinary.set(f.url, Math.max(ordinary.get(f.url) ?? 0, f.gzipBytes));
    const prefetched = new Map<string, number>();
    let prefetchDuplicates = 0;
    for (const f of fetched) {
      if (!f.prefetch) continue;
      if (ordinary.has(f.url)) prefetchDuplicates += 1;
      else prefetched.set(f.url, Math.max(prefetched.get(f.url) ?? 0, f.gzipBytes));
    }
    const kb = (bytes: number) => bytes / 1024;
    const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
    let jsBeforeChartKb: number | null = null;
    if (sample.chartFrame !== null) {
      const chartFrame = sample.chartFrame;
      const arrived = new Set(sample.scripts.filter((s) => s.responseEnd <= chartFrame).map((s) => s.url));
      jsBeforeChartKb = kb(sum([...ordinary].filter(([u]) => arrived.has(u)).map(([, bytes]) => bytes)));
    }
    const encoded = new Map<string, number>();
    for (const s of sample.scripts)
      if (ordinary.has(s.url)) encoded.set(s.url, Math.max(encoded.get(s.url) ?? 0, s.encodedBodySize));
    const endOf = (url: string) => {
      const ends = sample.scripts.filter((s) => s.url === url).map((s) => s.responseEnd);
      return ends.length > 0 ? Math.min(...ends) : null;
    };
    const files = [
      ...[...ordinary].map(([u, b]) => [u, b, false] as const),
      ...[...prefetched].map(([u, b]) => [u, b, true] as const),
    ]
      .map(([u, bytes, prefetch]) => ({
        file: new URL(u).pathname,
        kb: kb(bytes),
        endMs: endOf(u),
        prefetch,
      }))
      .sort((a, b) => (a.endMs ?? Infinity) - (b.endMs ?? Infinity));
    return {
      fcp: sample.fcp,
      lcp: sample.lcp,
      lcpElement: sample.lcpElement,
      ready: sample.ready,
      chartInDom: sample.chartInDom,
      interactiveInDom: sample.interactiveInDom,
      chartFrame: sample.chartFrame,
      chartPainted: sample.chartPainted,
      jsKb: settle ? kb(sum(ordinary.values())) : null,
      jsFiles: ordinary.size,
      jsBeforeChartKb,
      prefetchKb: settle ? kb(sum(prefetched.values())) : null,
      prefetchDuplicates,
      jsEncodedKb: settle ? kb(sum(encoded.values())) : null,
      files,
    };
  } finally {
    await context.close();
  }
}
