import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Fixture = { label: string; input: string; accepted: boolean; kind: string; message: string };

/** The worst share links the structured fuzzing found (npm run fuzz -- --save-fixtures). */
const fixtures: Fixture[] = [
  ...JSON.parse(readFileSync('tests/fixtures/hostile/links.json', 'utf8')),
  // The 58-character link of issue 10 that left the page dead: {"v":2,"p":"toString","r":"2024-10-01"}.
  {
    label: 'issue 10: toString as preset',
    input: 's=j1:eyJ2IjoyLCJwIjoidG9TdHJpbmciLCJyIjoiMjAyNC0xMC0wMSJ9',
    accepted: false,
    kind: 'unknown-preset',
    message: 'This link names a price preset this version does not know (“toString”).',
  },
];

test.describe('hostile share links found by fuzzing', () => {
  for (const fixture of fixtures) {
    test(`${fixture.label}: the page starts, ${fixture.accepted ? 'shows the scenario' : 'explains in a banner'}`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/#${fixture.input}`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      if (fixture.accepted) {
        await expect(
          page.getByRole('heading', { name: 'Recommendation' }).or(page.getByLabel('Monthly requests')),
        ).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      } else {
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(fixture.message);
        await expect(alert).toContainText('Showing the default scenario instead');
        // The planner still works: the default scenario is editable.
        await expect(page.getByLabel('Monthly requests')).toHaveValue('500,000');
      }
      await expect(page.locator('body')).not.toContainText(/TypeError|RangeError|\[object|undefined/);
      expect(errors).toEqual([]);
    });
  }
});
