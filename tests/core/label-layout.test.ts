import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels, lineCrossesBox, noOverlaps, noteStartX, textSize, type Box } from '../../src/core';

const plot: Box = { x: 0, y: 0, width: 800, height: 400 };

describe('break-even label layout', () => {
  it('seven crossings within 60 px get seven labels, none overlapping', () => {
    // The cluster: 2.87B, 3.49B, 5.1B, 5.63B, 6.9B, 8.45B, 8.82B close together on a log axis.
    const labels = ['2.87B', '3.49B', '5.1B', '5.63B', '6.9B', '8.45B', '8.82B'].map((text, i) => ({
      key: text,
      anchorX: 400 + i * 9,
      anchorY: 200 - i * 6,
      ...textSize(text, 11),
    }));
    const placed = layoutLabels(labels, plot);
    expect(placed).toHaveLength(7);
    expect(noOverlaps(placed.map((p) => p.box))).toBe(true);
    // Those moved off their point say so: a leader line joins them to it.
    expect(placed.filter((p) => p.leader).length).toBeGreaterThan(0);
  });

  it('keeps clear of obstacles ("You are here", the budget) and inside the plot', () => {
    const obstacle: Box = { x: 380, y: 170, width: 120, height: 14 };
    const placed = layoutLabels([{ key: 'a', anchorX: 420, anchorY: 190, ...textSize('1.0B', 11) }], plot, [
      obstacle,
    ]);
    expect(placed).toHaveLength(1);
    expect(noOverlaps([obstacle, placed[0]!.box])).toBe(true);
  });

  it('property: placed labels never overlap each other or obstacles, and stay inside the plot', () => {
    const request = fc.record({
      anchorX: fc.double({ min: 0, max: 800, noNaN: true }),
      anchorY: fc.double({ min: 0, max: 400, noNaN: true }),
      chars: fc.integer({ min: 2, max: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(request, { maxLength: 40 }),
        fc.array(request, { maxLength: 3 }),
        (requests, blocks) => {
          const obstacles = blocks.map((b) => ({
            x: b.anchorX,
            y: b.anchorY,
            ...textSize('x'.repeat(b.chars), 12),
          }));
          const placed = layoutLabels(
            requests.map((r, i) => ({
              key: String(i),
              anchorX: r.anchorX,
              anchorY: r.anchorY,
              ...textSize('x'.repeat(r.chars), 11),
            })),
            plot,
            obstacles,
          );
          const boxes = placed.map((p) => p.box);
          expect(noOverlaps(boxes)).toBe(true);
          for (const box of boxes) {
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(800);
            for (const obstacle of obstacles) expect(noOverlaps([box, obstacle])).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('noteStartX (the "You are here" label beside its line)', () => {
  it('reads right of the line, else left, else centred inside the plot', () => {
    // Plot 60–360 px, label 150 px wide, gap 6.
    // Line at 100: 100 + 6 + 150 = 256 ≤ 360 → starts at 106.
    expect(noteStartX(100, 150, 60, 360)).toBe(106);
    // Line at 300: 456 > 360; 300 − 6 − 150 = 144 ≥ 60 → starts at 144.
    expect(noteStartX(300, 150, 60, 360)).toBe(144);
    // A phone: plot 60–260, line at 160: right 316 > 260, left 4 < 60 → centred 160 − 75 = 85.
    expect(noteStartX(160, 150, 60, 260)).toBe(85);
    // Plot 60–230, line at 120: right 276 > 230, left −36 < 60, centred 45 → kept inside at 60 + 2 = 62.
    expect(noteStartX(120, 150, 60, 230)).toBe(62);
  });

  it('for a line inside the plot, never starts left of it nor ends right of it when the label fits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 60, max: 260, noNaN: true }),
        fc.double({ min: 1, max: 190, noNaN: true }),
        (line, width) => {
          const start = noteStartX(line, width, 60, 260);
          return start >= 60 && start + width <= 260 + 1e-9;
        },
      ),
    );
  });
});

describe('labels off the cost lines', () => {
  it('lineCrossesBox: a sloped segment, a vertical step, a line passing beside', () => {
    const box = { x: 10, y: 10, width: 10, height: 5 }; // x 10–20, y 10–15
    // y = x: over x 10–20 it runs y 10–20, inside the box's 10–15 band.
    expect(
      lineCrossesBox(
        [
          { x: 0, y: 0 },
          { x: 30, y: 30 },
        ],
        box,
      ),
    ).toBe(true);
    // y = x + 10: over x 10–20 it runs y 20–30, below the box (y grows downwards): no.
    expect(
      lineCrossesBox(
        [
          { x: 0, y: 10 },
          { x: 30, y: 40 },
        ],
        box,
      ),
    ).toBe(false);
    // A capacity step at x = 15 from y 0 to 30 cuts the box; the same step at x = 25 is beside it.
    expect(
      lineCrossesBox(
        [
          { x: 0, y: 0 },
          { x: 15, y: 0 },
          { x: 15, y: 30 },
          { x: 40, y: 30 },
        ],
        box,
      ),
    ).toBe(true);
    expect(
      lineCrossesBox(
        [
          { x: 0, y: 0 },
          { x: 25, y: 0 },
          { x: 25, y: 30 },
          { x: 40, y: 30 },
        ],
        box,
      ),
    ).toBe(false);
    // Points all left of the box, then all right, joined by one segment at y = 12: it crosses.
    expect(
      lineCrossesBox(
        [
          { x: 0, y: 12 },
          { x: 5, y: 12 },
          { x: 50, y: 12 },
        ],
        box,
      ),
    ).toBe(true);
  });

  it('takes the place below its point when a line runs through the place above', () => {
    // A 40 × 13 label at (400, 200): above is y 179–192, below y 208–221. A flat line at y = 185 crosses above.
    const request = { key: 'a', anchorX: 400, anchorY: 200, width: 40, height: 13 };
    const line = [
      { x: 0, y: 185 },
      { x: 800, y: 185 },
    ];
    expect(layoutLabels([request], plot)[0]!.box.y).toBe(179);
    expect(layoutLabels([request], plot, [], undefined, [line])[0]!.box.y).toBe(208);
    // Lines through both near places: the next candidate, one line higher (179 − (13 + 3) = 163), clear of both,
    // with a leader back to the point.
    const below = [
      { x: 0, y: 215 },
      { x: 800, y: 215 },
    ];
    const placed = layoutLabels([request], plot, [], undefined, [line, below])[0]!;
    expect(placed.box.y).toBe(163);
    expect(placed.leader).toBe(true);
  });

  it('property: a label touches a line only where every free place does', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 800 }), y: fc.integer({ min: 0, max: 400 }) });
    const line = fc.array(point, { minLength: 2, maxLength: 8 }).map((p) => [...p].sort((a, b) => a.x - b.x));
    const request = fc.record({
      key: fc.string(),
      anchorX: fc.integer({ min: 0, max: 800 }),
      anchorY: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 10, max: 60 }),
      height: fc.constant(13),
    });
    fc.assert(
      fc.property(request, fc.array(line, { maxLength: 4 }), (one, lines) => {
        const free = layoutLabels([one], plot);
        const avoiding = layoutLabels([one], plot, [], undefined, lines);
        // Lines never cost a label its place, and the label sits on a line only if the first free place does
        // too and so (the candidates being the same) every other free place did.
        expect(avoiding.length).toBe(free.length);
        if (avoiding[0] && lines.some((l) => lineCrossesBox(l, avoiding[0]!.box)))
          expect(avoiding[0].box).toEqual(free[0]!.box);
      }),
      { numRuns: 500 },
    );
  });
});
