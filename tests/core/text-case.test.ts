import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerFirstWord } from '../../src/core';

describe('lowerFirstWord', () => {
  it('lower-cases an ordinary first word and keeps acronyms, codes and product names', () => {
    expect(lowerFirstWord('Operations labour')).toBe('operations labour');
    expect(lowerFirstWord('Serves Llama 3.1 8B: nothing shows it matches')).toBe(
      'serves Llama 3.1 8B: nothing shows it matches',
    );
    expect(lowerFirstWord('Private DNS zone')).toBe('private DNS zone');
    expect(lowerFirstWord('PTU price')).toBe('PTU price');
    expect(lowerFirstWord('GPU VM price')).toBe('GPU VM price');
    expect(lowerFirstWord('API gateway unit price')).toBe('API gateway unit price');
    expect(lowerFirstWord('KV cache per token')).toBe('KV cache per token');
    expect(lowerFirstWord('GPT-4.1 rated 1,412')).toBe('GPT-4.1 rated 1,412');
    expect(lowerFirstWord('Data Zone / Regional surcharge')).toBe('Data Zone / Regional surcharge');
    expect(lowerFirstWord('Private Link endpoints')).toBe('Private Link endpoints');
    expect(lowerFirstWord('')).toBe('');
  });

  it('changes at most the first character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = lowerFirstWord(text);
        expect(out.slice(1)).toBe(text.slice(1));
        expect(out.length).toBe(text.length);
      }),
    );
  });
});
