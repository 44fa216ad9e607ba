import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BreakEven } from '../../src/core';
import type { Marker } from '../../src/features/chart/break-even-markers';
import { overlayLayers } from '../../src/features/chart/overlay-layers';

/** A labelled marker at (x, y) px (identity scales: tokens → x, USD → y). */
function marker(x: number, y: number, label: string): Marker {
  const at: BreakEven = {
    a: 'serverless_api',
    b: 'kubernetes',
    monthlyTokens: x,
    monthlyCost: y,
    kind: 'cross',
  };
  return { at, all: [at], primary: true, label, title: label, labelled: true };
}

describe('break-even marker labels on the chart', () => {
  it('never cover another marker’s circle', () => {
    // A at (400, 200): its first place is just above, y 179–192 (11 px text, 8 px offset). B's circle at
    // (402, 186), radius 5 (+1 stroke), spans y 180–192: it is there. A's label must go elsewhere.
    const identity = (value: number) => value;
    const layers = overlayLayers(
      {
        bands: [],
        markers: [marker(400, 200, 'A-label'), marker(402, 186, 'B-label')],
        here: null,
        budget: { usd: 10_000, label: 'Budget' },
        theme: 'light',
        lines: { rows: [], ids: [] },
      },
      identity,
      identity,
      { x: 0, y: 0, width: 800, height: 400 },
    );
    const { container } = render(<svg>{layers.markers}</svg>);
    const circles = [...container.querySelectorAll('circle')].map((c) => ({
      cy: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')) + 1,
    }));
    const labels = [...container.querySelectorAll('text')];
    expect(labels.map((t) => t.textContent)).toEqual(['A-label', 'B-label']);
    for (const text of labels) {
      // The label's box as laid out: top = baseline − 11 px (LABEL_FONT_PX), height 14 px (11 × 1.2, rounded up).
      const top = Number(text.getAttribute('y')) - 11;
      const bottom = top + 14;
      const x = Number(text.getAttribute('x'));
      const halfWidth = 30;
      for (const circle of circles)
        if (Math.abs(x - 400) < halfWidth + circle.r)
          expect(top >= circle.cy + circle.r || bottom <= circle.cy - circle.r).toBe(true);
    }
  });
});
