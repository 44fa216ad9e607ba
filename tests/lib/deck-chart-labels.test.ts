import { describe, expect, it } from 'vitest';
import { OPTION_IDS, type ChartRow } from '../../src/core';
import { curveCrossings } from '../../src/lib/io/deck/deck-chart';

/** Rows where every option costs the same, rising from $0 to $100 between x = 0 and x = 10 (identity scales). */
const rows = [0, 5, 10].map((tokens) => {
  const row = { tokens, cheapest: tokens * 10 } as Record<string, number>;
  for (const id of OPTION_IDS) row[id] = tokens * 10;
  return row as unknown as ChartRow;
});
const x = (tokens: number) => tokens;
const y = (usd: number) => usd;

describe('curveCrossings (where the deck puts "You are here")', () => {
  it('counts each option whose line passes through the box', () => {
    // The line y = 10x passes through (6, 60): its segment from x = 5 to 10 is counted once per option.
    expect(curveCrossings(rows, { x: 5.5, y: 55, width: 1, height: 10 }, x, y)).toBe(OPTION_IDS.length);
  });

  it('counts nothing for a box the lines pass beside', () => {
    // At x ∈ [1, 2] the line is between $10 and $20; the box is at $80–$90.
    expect(curveCrossings(rows, { x: 1, y: 80, width: 1, height: 10 }, x, y)).toBe(0);
  });
});
