import { describe, it } from 'vitest';
import { expectTargetHolds, TEST_CASES } from './check-target';
import { installMemoryStorage, fileTarget } from './targets';

installMemoryStorage();

describe('structured fuzzing', () => {
  it(
    `${fileTarget.name}: ${TEST_CASES} well-formed hostile documents, no throw, plain messages, finite costs`,
    { timeout: 300_000 },
    () => expectTargetHolds(fileTarget),
  );
});
