import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up on its own only with vitest globals; this project keeps globals off.
afterEach(() => {
  cleanup();
});
