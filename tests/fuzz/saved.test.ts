import { describe, it } from 'vitest';
import { expectTargetHolds, TEST_CASES } from './check-target';
import { installMemoryStorage, savedTarget } from './targets';

installMemoryStorage();

describe('structured fuzzing', () => {
  it(
    `${savedTarget.name}: ${TEST_CASES} well-formed hostile documents, no throw, plain messages, finite costs`,
    { timeout: 300_000 },
    () => expectTargetHolds(savedTarget),
  );
});
