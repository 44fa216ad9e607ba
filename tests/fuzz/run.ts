/**
 * `npm run fuzz`: the structured fuzzing of `npm test`, ten times longer and with a new seed each run.
 *
 *   npm run fuzz                         200,000 cases per target, random seed
 *   FUZZ_CASES=50000 FUZZ_SEED=7 npm run fuzz
 *   npm run fuzz -- --save-fixtures      also rewrites tests/fixtures/hostile/*.json from the notable cases
 *   npm run fuzz -- --refresh-fixtures   only re-reads the saved fixtures with this build and rewrites how they
 *                                        end (after a deliberate change of a message or a version)
 *
 * Prints, per target, the cases run, how they ended, throws and broken promises, and the time; writes every
 * failing case to artifacts/fuzz/ and exits non-zero when any case threw or failed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { badCount, report, runTarget, type Tally } from './run-target';
import { fileTarget, installMemoryStorage, linkTarget, savedTarget, type Target } from './targets';

installMemoryStorage();

const CASES = Number(process.env.FUZZ_CASES ?? 200_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SAVE = process.argv.includes('--save-fixtures');
const REFRESH = process.argv.includes('--refresh-fixtures');
/** Fixtures stay small enough to read and to open in a browser test. */
const MAX_FIXTURE_CHARS = 20_000;

type Fixture = { label: string; input: string; accepted: boolean; kind: string; message: string };

function fixturesOf(tally: Tally): Fixture[] {
  return [...tally.notable.entries()]
    .filter(([, found]) => found.text.length <= MAX_FIXTURE_CHARS && found.outcome.problems.length === 0)
    .map(([label, { text, outcome }]) => ({
      label,
      input: text,
      accepted: outcome.accepted,
      kind: outcome.kind,
      message: outcome.message,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Re-reads each saved fixture with this build and records how it ends now. */
function refresh<C>(file: string, target: Target<C>): void {
  const path = `tests/fixtures/hostile/${file}.json`;
  const fixtures: Fixture[] = JSON.parse(readFileSync(path, 'utf8'));
  const refreshed = fixtures.map((fixture) => {
    const outcome = target.check(target.fromText(fixture.input));
    return { ...fixture, accepted: outcome.accepted, kind: outcome.kind, message: outcome.message };
  });
  writeFileSync(path, `${JSON.stringify(refreshed, null, 2)}\n`);
  console.log(`${path}: ${refreshed.length} fixtures re-read`);
}

if (REFRESH) {
  refresh('links', linkTarget);
  refresh('files', fileTarget);
  refresh('saved', savedTarget);
  process.exit(0);
}

console.log(`structured fuzzing: ${CASES.toLocaleString('en-US')} cases per target, seed ${SEED}`);
/** Runs one target; returns how many of its cases threw or failed. */
function fuzz<C>(file: string, target: Target<C>): number {
  const tally = runTarget(target, { cases: CASES, seed: SEED, notable: SAVE });
  console.log(report(tally));
  const { threw, failed } = badCount(tally);
  if (threw + failed > 0) {
    mkdirSync('artifacts/fuzz', { recursive: true });
    const path = `artifacts/fuzz/${file}-${SEED}.json`;
    writeFileSync(
      path,
      JSON.stringify({ seed: SEED, throws: tally.throws, failures: tally.failures }, null, 2),
    );
    for (const t of tally.throws.slice(0, 3)) console.log(`  threw ${t.error} on ${t.text.slice(0, 160)}`);
    for (const f of tally.failures.slice(0, 3))
      console.log(`  failed ${f.problems.join('; ').slice(0, 200)} on ${f.text.slice(0, 160)}`);
    console.log(`  all of them: ${path}`);
  }
  if (SAVE) {
    mkdirSync('tests/fixtures/hostile', { recursive: true });
    const fixtures = fixturesOf(tally);
    writeFileSync(`tests/fixtures/hostile/${file}.json`, `${JSON.stringify(fixtures, null, 2)}\n`);
    console.log(`  ${fixtures.length} notable cases saved to tests/fixtures/hostile/${file}.json`);
  }
  return threw + failed;
}

const bad = fuzz('links', linkTarget) + fuzz('files', fileTarget) + fuzz('saved', savedTarget);
if (bad > 0) {
  console.log(`${bad} cases threw or failed (seed ${SEED})`);
  process.exitCode = 1;
}
