import { expect, test } from '@playwright/test';

test('the first visit shows the seed scenario’s monthly costs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('row', { name: /Serverless API/ })).toContainText('$3,000');
});
