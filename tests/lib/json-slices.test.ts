import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayElements, joinMembers, objectMembers } from '../../src/lib/io/json-slices';

/** JSON text of a value with random spacing (including inside nested values) and escaped key characters. */
const spaced = fc
  .record({
    value: fc.jsonValue(),
    indent: fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n'),
  })
  .map(({ value, indent }) => ({ value, text: JSON.stringify(value, null, indent) }));

describe('JSON slices', () => {
  it('slices of an object are its members, in order, with their exact text', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), spaced, { maxKeys: 6 }),
        fc.constantFrom(' ', '\n  ', ''),
        (members, gap) => {
          const entries = Object.entries(members);
          const text = `${gap}{${gap}${entries.map(([k, v]) => `${JSON.stringify(k)}${gap}:${gap}${v.text}`).join(`${gap},${gap}`)}${gap}}${gap}`;
          const sliced = objectMembers(text);
          expect(sliced?.map((m) => m.key)).toEqual(entries.map(([k]) => k));
          expect(sliced?.map((m) => m.text)).toEqual(entries.map(([, v]) => v.text));
          expect(JSON.parse(joinMembers(sliced!))).toEqual(JSON.parse(text));
          // A slice known to be JSON (valid = true) is split the same way without parsing it again.
          expect(objectMembers(text, true)).toEqual(sliced);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('slices of an array are its elements with their exact text', () => {
    fc.assert(
      fc.property(fc.array(spaced, { maxLength: 6 }), fc.constantFrom(' ', '\n', ''), (elements, gap) => {
        const text = `[${gap}${elements.map((e) => e.text).join(`${gap},${gap}`)}${gap}]`;
        expect(arrayElements(text)).toEqual(elements.map((e) => e.text));
        expect(arrayElements(text, true)).toEqual(elements.map((e) => e.text));
      }),
      { numRuns: 500 },
    );
  });

  it('keys as written are kept; strings with quotes, brackets and escapes do not cut a value short', () => {
    const text = '{"\\u0073tate":"a\\"}]","b":[1,{"c":"]"}],"n":-1.5e3}';
    expect(objectMembers(text)).toEqual([
      { keyText: '"\\u0073tate"', key: 'state', text: '"a\\"}]"' },
      { keyText: '"b"', key: 'b', text: '[1,{"c":"]"}]' },
      { keyText: '"n"', key: 'n', text: '-1.5e3' },
    ]);
  });

  it('refuses what is not one JSON object or array, and survives deep nesting', () => {
    expect(objectMembers('[1]')).toBeNull();
    expect(objectMembers('{"a":1')).toBeNull();
    expect(arrayElements('{}')).toBeNull();
    expect(arrayElements('null')).toBeNull();
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(arrayElements(`[${deep},1]`)).toEqual([deep, '1']);
  });
});
