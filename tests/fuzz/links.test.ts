import { describe, it } from 'vitest';
import { expectTargetHolds, TEST_CASES } from './check-target';
import { installMemoryStorage, linkTarget } from './targets';

installMemoryStorage();

describe('structured fuzzing', () => {
  it(
    `${linkTarget.name}: ${TEST_CASES} well-formed hostile documents, no throw, plain messages, finite costs`,
    { timeout: 300_000 },
    () => expectTargetHolds(linkTarget),
  );
});
