import fc from 'fast-check';
import type { Outcome, Target } from './targets';

/** One target's run: how many cases, how they ended, what broke, how long it took. */
export type Tally = {
  name: string;
  cases: number;
  accepted: number;
  kinds: Map<string, number>;
  throws: { text: string; error: string }[];
  failures: { text: string; problems: string[] }[];
  ms: number;
  /** Notable cases worth keeping as fixtures, by label (the first of each error kind, the deepest, …). */
  notable: Map<string, { score: number; text: string; outcome: Outcome }>;
};

type Options = {
  cases: number;
  seed: number;
  /** Keep the notable cases (for `npm run fuzz -- --save-fixtures`); off in `npm test`, where it is wasted work. */
  notable?: boolean;
};

const BATCH = 250;

/** Runs every case (no early stop, so the counts are complete), catching throws rather than dying on them. */
export function runTarget<C>(target: Target<C>, { cases, seed, notable = false }: Options): Tally {
  const tally: Tally = {
    name: target.name,
    cases: 0,
    accepted: 0,
    kinds: new Map(),
    throws: [],
    failures: [],
    ms: 0,
    notable: new Map(),
  };
  const keep = (label: string, score: number, text: string, outcome: Outcome) => {
    const found = tally.notable.get(label);
    if (!found || score > found.score) tally.notable.set(label, { score, text, outcome });
  };
  const started = performance.now();
  for (let done = 0; done < cases; done += BATCH) {
    const batch = fc.sample(target.arbitrary, { numRuns: Math.min(BATCH, cases - done), seed: seed + done });
    for (const c of batch) {
      tally.cases += 1;
      let outcome: Outcome;
      try {
        outcome = target.check(c);
      } catch (error) {
        const text = target.text(c);
        if (tally.throws.length < 20) tally.throws.push({ text, error: String(error) });
        tally.kinds.set('THREW', (tally.kinds.get('THREW') ?? 0) + 1);
        continue;
      }
      if (outcome.accepted) tally.accepted += 1;
      tally.kinds.set(outcome.kind, (tally.kinds.get(outcome.kind) ?? 0) + 1);
      if (outcome.problems.length > 0 && tally.failures.length < 20)
        tally.failures.push({ text: target.text(c), problems: outcome.problems });
      const failed = outcome.problems.length > 0 ? 1 : 0;
      if (failed) tally.kinds.set('FAILED', (tally.kinds.get('FAILED') ?? 0) + 1);
      if (notable && target.notable) {
        const text = target.text(c);
        for (const [label, score] of target.notable(c, outcome)) keep(label, score, text, outcome);
      }
    }
  }
  tally.ms = performance.now() - started;
  return tally;
}

/** Number of cases that threw or broke a promise. */
export function badCount(tally: Tally): { threw: number; failed: number } {
  return { threw: tally.kinds.get('THREW') ?? 0, failed: tally.kinds.get('FAILED') ?? 0 };
}

/** One line per target for the console: counts, outcomes, throws, failures and time. */
export function report(tally: Tally): string {
  const { threw, failed } = badCount(tally);
  const kinds = [...tally.kinds.entries()]
    .filter(([kind]) => kind !== 'THREW' && kind !== 'FAILED')
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return `${tally.name}: ${tally.cases.toLocaleString('en-US')} cases in ${(tally.ms / 1000).toFixed(1)} s — accepted ${tally.accepted}; ${kinds}; threw ${threw}; failed ${failed}`;
}
