/**
 * Adds a <link rel> for each chunk listed in <meta name={metaName}> (written at build time by vite.config.ts),
 * skipping any already linked (by any rel). In development the list is absent and nothing happens.
 */
export function linkListedChunks(
  metaName: string,
  rel: 'prefetch' | 'modulepreload',
  priority?: 'low',
): void {
  const list = document.querySelector<HTMLMetaElement>(`meta[name="${metaName}"]`)?.content ?? '';
  // Any link to the file will do: a prefetch of what a share link already modulepreloaded is a wasted request.
  // Compared as resolved addresses: Vite's own preload links carry absolute ones (found by review: the Recharts
  // chunks were fetched twice on every results link).
  const linked = new Set(
    [...document.head.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href),
  );
  for (const href of list.split(' ').filter(Boolean)) {
    const address = new URL(href, document.baseURI).href;
    if (linked.has(address)) continue;
    linked.add(address);
    const link = document.createElement('link');
    link.rel = rel;
    link.as = 'script';
    link.crossOrigin = '';
    // Low: fetched when the connections are free of higher-priority requests (a share link's primer).
    if (priority) link.setAttribute('fetchpriority', priority);
    link.href = href;
    document.head.appendChild(link);
  }
}

/** After the page has loaded and gone idle, prefetches the chunks listed in <meta name="prefetch-chunks">. */
export function prefetchNextChunks(): () => void {
  const start = () => linkListedChunks('prefetch-chunks', 'prefetch');
  let idle: ReturnType<typeof setTimeout> | undefined;
  // A timer rather than requestIdleCallback: it exists everywhere, and a second after load the page is idle.
  const onLoad = () => {
    idle = setTimeout(start, 1000);
  };
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
  return () => {
    window.removeEventListener('load', onLoad);
    if (idle !== undefined) clearTimeout(idle);
  };
}
