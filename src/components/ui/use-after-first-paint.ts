import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted that render's frame (a frame callback, then a
 * task) and `load()` (if given) has resolved. Lets a view paint what matters first and only then fetch and
 * render what can wait: the share link's chart before Recharts and the below-the-fold panels. The switch to true
 * is a transition, so the heavy render it starts yields to typing and clicks. `initially` skips the wait (for
 * later mounts, once the deferred code is already loaded).
 */
export function useAfterFirstPaint(load?: () => Promise<unknown>, initially = false): boolean {
  const [ready, setReady] = useState(initially);
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        void (load ? load() : Promise.resolve()).then(() => {
          if (!cancelled) startTransition(() => setReady(true));
        });
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
    // `load` is read once: the first paint happens once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  return ready;
}
