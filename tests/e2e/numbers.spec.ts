import { expect, test } from '@playwright/test';
import { gotoApp } from './helpers';

test.describe('numbers in an English browser', () => {
  test('"1,5" is refused with the reason; "-0" reads as zero, never "-0"', async ({ page }) => {
    await gotoApp(page);
    const requests = page.getByLabel('Monthly requests');
    await requests.fill('1,5');
    await expect(requests).toHaveAccessibleDescription(
      /Use a point for decimals: 1\.5 — or 1,500 for a whole number\./,
    );
    await requests.fill('-0');
    await expect(page.getByText(/tokens a month/)).toHaveText('0 tokens a month');
    await expect(page.locator('main')).not.toContainText(/(^|[^\d\w])-0(\.0+)?(?![\d.,])/);
  });
});

test.describe('numbers in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('a decimal comma is read as decimals; "1.500" is refused as ambiguous', async ({ page }) => {
    await gotoApp(page);
    const requests = page.getByLabel('Monthly requests');
    await requests.focus();
    // Shown in the browser's format once focused: narrow spaces between thousands, no points.
    await expect(requests).toHaveValue('500\u202f000');
    await requests.fill('1,5M');
    await expect(page.getByText(/tokens a month/)).toContainText('1.8B tokens a month');
    await requests.fill('1.500');
    await expect(requests).toHaveAccessibleDescription(/1\.500 could mean 1\.500 or 1500 here/);
    await requests.blur();
    // The last valid value stays: 1.5M requests.
    await expect(page.getByText(/tokens a month/)).toContainText('1.8B tokens a month');
  });
});
