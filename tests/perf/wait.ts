import type { Page } from '@playwright/test';

/**
 * Polls `expression` (a JavaScript expression string) in the page until it is true. Not
 * `page.waitForFunction`: that evaluates its predicate with eval inside the page, which the built page's
 * Content-Security-Policy (script-src 'self') refuses; `page.evaluate` goes through the DevTools protocol,
 * which the policy does not govern, so the page is measured with its real policy in force.
 */
export async function waitUntil(
  page: Page,
  expression: string,
  { pollMs, timeoutMs }: { pollMs: number; timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline)
      throw new Error(`perf: timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
