import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../src/components/ui/number-field';
import { resetBrowserNumberLocale } from '../../src/lib/browser-number-locale';
import { numberLocale, type NumberLocale } from '../../src/lib/parse-number';

function field(value: number, locale?: NumberLocale) {
  const onCommit = vi.fn<(value: number) => string | null>(() => null);
  render(
    <NumberField
      label="Monthly requests"
      unit="requests"
      value={value}
      onCommit={onCommit}
      locale={locale}
    />,
  );
  return { input: screen.getByRole('textbox', { name: 'Monthly requests' }), onCommit };
}

async function typeInto(input: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.clear(input);
  await user.type(input, text);
}

afterEach(() => {
  resetBrowserNumberLocale();
  vi.restoreAllMocks();
});

describe('number field', () => {
  it('English: "1,5" is refused next to the field, with the reason; "1.5" is taken', async () => {
    const { input, onCommit } = field(500_000);
    expect(input).toHaveValue('500,000');
    await typeInto(input, '1,5');
    expect(input).toHaveAccessibleDescription('Use a point for decimals: 1.5 — or 1,500 for a whole number.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onCommit).not.toHaveBeenCalledWith(15);
    await typeInto(input, '1.5');
    expect(onCommit).toHaveBeenLastCalledWith(1.5);
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('German: shows "500 000", reads "1,5" as 1.5 and refuses "1.500" as ambiguous', async () => {
    const { input, onCommit } = field(500_000, numberLocale('de-DE'));
    expect(input).toHaveValue('500\u202f000');
    await typeInto(input, '1,5');
    expect(onCommit).toHaveBeenLastCalledWith(1.5);
    await typeInto(input, '1.500');
    expect(input).toHaveAccessibleDescription(
      '1.500 could mean 1.500 or 1500 here. Write 1,500 for decimals, or 1500 for a whole number.',
    );
    expect(onCommit).toHaveBeenLastCalledWith(1.5);
  });

  it('"-0" commits zero, and a negative zero value shows as "0"', async () => {
    const { input, onCommit } = field(-0);
    expect(input).toHaveValue('0');
    await typeInto(input, '-0');
    expect(Object.is(onCommit.mock.lastCall?.[0], 0)).toBe(true);
  });

  it('follows the browser’s language, resolved on first focus, so typing starts from its format', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const { input, onCommit } = field(2_500);
    // Before: en-US, as prerendered.
    expect(input).toHaveValue('2,500');
    const user = userEvent.setup();
    await user.click(input);
    expect(input).toHaveValue('2\u202f500');
    await user.clear(input);
    await user.type(input, '2,5');
    expect(onCommit).toHaveBeenLastCalledWith(2.5);
  });
});
