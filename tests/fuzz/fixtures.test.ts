import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileTarget, installMemoryStorage, linkTarget, savedTarget, type Target } from './targets';

installMemoryStorage();

type Fixture = { label: string; input: string; accepted: boolean; kind: string; message: string };

/**
 * The most hostile cases `npm run fuzz -- --save-fixtures` found (deepest, most hostile keys, one per way of
 * ending), replayed on every run: they must still end the same way, without a throw or a broken promise.
 */
function replay<C>(file: string, target: Target<C>): void {
  const fixtures: Fixture[] = JSON.parse(readFileSync(`tests/fixtures/hostile/${file}.json`, 'utf8'));
  describe(`hostile ${file} found by fuzzing`, () => {
    it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(5));
    it.each(fixtures.map((f) => [f.label, f] as const))('%s', (_, fixture) => {
      const outcome = target.check(target.fromText(fixture.input));
      expect(outcome.problems).toEqual([]);
      expect({ accepted: outcome.accepted, kind: outcome.kind }).toEqual({
        accepted: fixture.accepted,
        kind: fixture.kind,
      });
    });
  });
}

replay('links', linkTarget);
replay('files', fileTarget);
replay('saved', savedTarget);
