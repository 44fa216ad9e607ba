import { expect, test, type Page } from '@playwright/test';
import { gotoApp, screenshot, watchForeignRequests } from './helpers';

/** Fills a wizard number field as a user would: select all, type. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(value);
}

/** The bank: Azure preset, 3M requests × (2,000 in + 500 out), high sensitivity, $40k budget. */
async function openBank(page: Page): Promise<void> {
  await gotoApp(page, '/');
  await fill(page, 'Monthly requests', '3M');
  await fill(page, 'Input tokens per request', '2000');
  await fill(page, 'Output tokens per request', '500');
  await page.getByRole('button', { name: /Constraints/ }).click();
  // The whole card is the radio's label: click it as a user does.
  await page.getByRole('radiogroup', { name: 'Data sensitivity' }).getByText('High', { exact: true }).click();
  await page.getByRole('button', { name: /Budget/ }).click();
  await fill(page, 'Monthly budget', '40,000');
  await page.getByRole('button', { name: /Pricing/ }).click();
  await page.getByLabel('Price preset').selectOption('azure');
  await page.getByRole('button', { name: 'See results' }).click();
  await page.getByRole('heading', { name: 'Recommendation' }).waitFor();
}

test('the Azure preset never recommends an 8B model against GPT-4.1, GPT-4o or GPT-5; the card names the served model', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page);
  await openBank(page);
  const card = page.getByRole('region', { name: 'Recommendation' });
  // High sensitivity: the public API is out; PTUs behind Private Link and private endpoints compete.
  await expect(card.locator('.recommendation__model')).toContainText('Serves GPT-4.1');
  await expect(card).not.toContainText('8B');
  await expect(card.getByRole('heading', { name: 'Ruled out' })).toBeVisible();
  await expect(card).toContainText('Serverless API: High data sensitivity');
  const table = page.getByRole('table', { name: /Monthly cost of each option/ });
  await expect(table.getByRole('row', { name: /^Kubernetes/ })).toContainText('Qwen3-235B-A22B-2507 (FP8)');
  await screenshot(page, 'like-for-like-bank');
  for (const model of ['gpt-4o', 'gpt-5']) {
    await page.getByRole('button', { name: /Pricing/ }).click();
    await page.getByLabel('API model', { exact: true }).selectOption(model);
    await expect(card.locator('.recommendation__model')).not.toContainText('8B');
    await expect(card.locator('.recommendation__name')).toBeVisible();
  }
  expect(foreign).toEqual([]);
});

test('allowing a smaller model lets the 8B endpoint win, and every view says it is smaller', async ({
  page,
}) => {
  await openBank(page);
  await page.getByRole('button', { name: /Constraints/ }).click();
  await page.getByRole('radiogroup', { name: 'Model quality' }).getByText('Allow a smaller model').click();
  const card = page.getByRole('region', { name: 'Recommendation' });
  await expect(card.locator('.recommendation__model')).toContainText('Serves Llama 3.1 8B (BF16)');
  await expect(card.locator('.recommendation__model')).toContainText('Smaller model than GPT-4.1');
  await expect(page.getByRole('group', { name: 'Show or hide options' })).toContainText(
    'Llama 3.1 8B (BF16), smaller model',
  );
});
