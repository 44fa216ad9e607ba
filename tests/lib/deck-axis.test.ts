import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyAxis } from '../../src/lib/io/deck/deck-axis';

describe('moneyAxis', () => {
  it('labels millions as M with the step’s precision, thousands as K, and zero as $0', () => {
    // 2,300,000 / 6 = 383,333 → step 500,000 (0.5M, one decimal); top 5 × 0.5M = 2.5M
    expect(moneyAxis(2_300_000, '$')).toEqual({
      maxValue: 2_500_000,
      majorUnit: 500_000,
      formatCode: '[=0]"$"0;"$"#,##0.0,,"M"',
    });
    // 9,600,000 / 6 = 1.6M → step 2M (whole): $0, $2M … $10M
    expect(moneyAxis(9_600_000, '$')).toEqual({
      maxValue: 10_000_000,
      majorUnit: 2_000_000,
      formatCode: '[=0]"$"0;"$"#,##0,,"M"',
    });
    // 50,000 / 6 = 8,333 → step 10,000: $0, $10K … $50K
    expect(moneyAxis(50_000, '€')).toEqual({
      maxValue: 50_000,
      majorUnit: 10_000,
      formatCode: '[=0]"€"0;"€"#,##0,"K"',
    });
    // 4,000 / 6 = 667 → step 1,000; below 10K plain dollars: $1,000 … $4,000
    expect(moneyAxis(4_000, '$').formatCode).toBe('[=0]"$"0;"$"#,##0');
  });

  it('always covers the maximum with at most six whole steps', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (max) => {
        const axis = moneyAxis(max, '$');
        expect(axis.maxValue).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        const steps = axis.maxValue / axis.majorUnit;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
        expect(Math.round(steps)).toBeLessThanOrEqual(6);
      }),
    );
  });
});
