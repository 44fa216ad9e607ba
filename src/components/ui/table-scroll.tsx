import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The box a wide table scrolls sideways in on a narrow screen. While it actually scrolls it is a labelled,
 * focusable region, so a keyboard user can scroll it with the arrow keys (axe: scrollable-region-focusable);
 * where the table fits, it is a plain box and adds no tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // The table inside grows when rows open or text changes, without the box itself resizing.
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="table-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
