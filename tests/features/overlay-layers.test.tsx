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

describe('the budget label', () => {
  /** Rows of one option whose cost (y px, identity scales) is `y(x)`, every 10 px across an 800 px plot. */
  const rowsOf = (y: (x: number) => number) =>
    Array.from({ length: 81 }, (_, i) => {
      const x = i * 10;
      const cost = y(x);
      return {
        tokens: x,
        cheapest: cost,
        serverless_api: cost,
        provisioned_throughput: cost,
        private_endpoints: cost,
        custom_deployment: cost,
        kubernetes: cost,
      };
    });
  const budgetText = (y: (x: number) => number) => {
    const identity = (value: number) => value;
    const layers = overlayLayers(
      {
        bands: [],
        markers: [],
        here: null,
        budget: { usd: 200, label: 'Budget $5K' },
        theme: 'light',
        lines: { rows: rowsOf(y), ids: ['serverless_api'] },
      },
      identity,
      identity,
      { x: 0, y: 0, width: 800, height: 400 },
    );
    const { container } = render(<svg>{layers.notes}</svg>);
    const text = container.querySelector('.marker-budget text')!;
    return {
      x: Number(text.getAttribute('x')),
      y: Number(text.getAttribute('y')),
      anchor: text.getAttribute('text-anchor'),
    };
  };

  it('sits above its line at the right end when no cost line runs there', () => {
    // A flat line at y 300, far below the label (baseline 194, box 182–196).
    expect(budgetText(() => 300)).toEqual({ x: 794, y: 194, anchor: 'end' });
  });

  it('moves below its line where a cost line runs through that spot, then to the left end (found at 390 px)', () => {
    // A flat line at y 190 crosses the box above (y 182–196) but not the one below (baseline 218, box 206–220).
    expect(budgetText(() => 190)).toEqual({ x: 794, y: 218, anchor: 'end' });
    // A line climbing through both right-hand spots: from (700, 230) to (800, 170), i.e. y 218 → 174 across the
    // boxes' x span 720–794. The left end (x 6–80) is clear (the line is at y 390 there): the label goes left, above.
    expect(budgetText((x) => (x < 700 ? 390 : 230 - (x - 700) * 0.6))).toEqual({
      x: 6,
      y: 194,
      anchor: 'start',
    });
  });
});
