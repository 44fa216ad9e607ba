import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, measureText, wrapText } from '../../src/core';

describe('measureText', () => {
  it('adds DejaVu Sans advance widths', () => {
    // "Hi" regular: H 752 + i 278 = 1,030 thousandths of an em → 20.6 px at 20 px
    expect(measureText('Hi', 20)).toBeCloseTo(20.6, 6);
    // bold: H 837 + i 343 = 1,180 → 23.6 px
    expect(measureText('Hi', 20, true)).toBeCloseTo(23.6, 6);
    // unknown characters count a full em
    expect(measureText('é', 10)).toBe(10);
  });
});

describe('wrapText', () => {
  it('breaks at spaces into lines that fit, and splits a word longer than a line', () => {
    // "aaa" regular = 3 × 613 = 1,839 → 18.39 px at 10 px; two words + space (318) = 39.96 px
    expect(wrapText('aaa aaa aaa', 40, 10)).toEqual(['aaa aaa', 'aaa']);
    expect(wrapText('aaaaaaaaaa', 20, 10)).toEqual(['aaa', 'aaa', 'aaa', 'a']);
  });

  it('never loses or reorders a character other than collapsed spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 5, max: 400 }), (text, width) => {
        const lines = wrapText(text, width, 10);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const line of lines)
          if (line.length > 1) expect(measureText(line, 10)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('fitText', () => {
  it('takes the largest size that fits the lines, else the smallest with every line', () => {
    expect(fitText('aaa aaa', 40, [12, 10], 1)).toEqual({ fontSize: 10, lines: ['aaa aaa'] });
    expect(fitText('aaa aaa aaa', 40, [12, 10], 1)).toEqual({ fontSize: 10, lines: ['aaa aaa', 'aaa'] });
  });
});
