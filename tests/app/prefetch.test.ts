import { afterEach, describe, expect, it } from 'vitest';
import { linkListedChunks } from '../../src/app/prefetch';

afterEach(() => {
  document.head.replaceChildren();
});

describe('linkListedChunks', () => {
  it('links each listed chunk once, skipping files a share link already modulepreloaded', () => {
    document.head.innerHTML = [
      '<meta name="prefetch-chunks" content="/assets/a.js /assets/b.js  /assets/c.js">',
      '<link rel="modulepreload" href="/assets/b.js">',
      // Vite's own preload links carry absolute addresses.
      `<link rel="modulepreload" href="${location.origin}/assets/c.js">`,
    ].join('');
    linkListedChunks('prefetch-chunks', 'prefetch');
    linkListedChunks('prefetch-chunks', 'prefetch');
    const prefetched = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map(
      (link) => link.getAttribute('href'),
    );
    // b.js and c.js are already fetched (a wasted request otherwise: 16 of them on a share link before, and the
    // Recharts chunks on every results link while absolute addresses were not matched); the empty entry from the
    // double space is no file.
    expect(prefetched).toEqual(['/assets/a.js']);
  });

  it('marks the links low priority when asked (a share link fetches its primer first)', () => {
    document.head.innerHTML = '<meta name="boot-chunks" content="/assets/a.js /assets/b.js">';
    linkListedChunks('boot-chunks', 'modulepreload', 'low');
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('fetchpriority')])).toEqual([
      ['/assets/a.js', 'low'],
      ['/assets/b.js', 'low'],
    ]);
    document.head.innerHTML = '<meta name="boot-chunks" content="/assets/c.js">';
    linkListedChunks('boot-chunks', 'modulepreload');
    expect(document.head.querySelector('link')?.hasAttribute('fetchpriority')).toBe(false);
  });

  it('does nothing without the list (development builds have none)', () => {
    linkListedChunks('boot-chunks', 'modulepreload');
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
