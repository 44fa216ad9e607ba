import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetPlannerStore } from '../src/state/planner-store';

// jsdom has no ResizeObserver; Recharts' responsive sizing needs the constructor to exist (it then measures 0×0,
// so component tests assert on the tables, and the drawn chart is checked in the browser specs).
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// jsdom lays nothing out and has no scrollIntoView; moving focus to a section scrolls it into view first.
Element.prototype.scrollIntoView ??= function scrollIntoView(): void {};

// Testing Library cleans up on its own only with vitest globals; this project keeps globals off.
afterEach(() => {
  cleanup();
  resetPlannerStore();
});
