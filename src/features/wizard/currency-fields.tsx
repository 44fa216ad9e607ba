import { useId, useState, type FormEvent } from 'react';
import { NumberField } from '../../components/ui/number-field';
import { usePlannerStore } from '../../state/planner-store';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CHF', 'CAD', 'AUD', 'CNY', 'SEK', 'BRL', 'SGD'];

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Display currency. Prices stay in USD inside the planner; every amount is shown converted at the rate the user
 * enters (no network, so no live rates), and the rate and its date travel with links and exports.
 */
export function CurrencyFields() {
  const id = useId();
  const display = usePlannerStore((state) => state.scenario.display);
  const currencyChosen = usePlannerStore((state) => state.currencyChosen);
  const [currency, setCurrency] = useState(display.currency);
  const [rate, setRate] = useState(display.usdToCurrency);
  const [date, setDate] = useState(display.rateAsOf || new Date().toISOString().slice(0, 10));
  const [message, setMessage] = useState('');
  const pending =
    currency !== display.currency ||
    (currency !== 'USD' && (rate !== display.usdToCurrency || date !== display.rateAsOf));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const issues = currencyChosen(currency, rate, date);
    setMessage(
      issues.length > 0
        ? `Not applied: ${issues[0]?.path.replace('display.', '')} ${issues[0]?.message}.`
        : `Showing amounts in ${currency}.`,
    );
  };

  return (
    <fieldset className="field-group">
      <legend>Display currency</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-currency`}>Currency</label>
          <select
            id={`${id}-currency`}
            value={currency}
            onChange={(event) => setCurrency(event.target.value)}
          >
            {CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {code} — {currencyName(code)}
              </option>
            ))}
          </select>
        </div>
        {currency !== 'USD' ? (
          <>
            <NumberField
              label="Exchange rate"
              unit={`${currency} per USD`}
              value={rate}
              onCommit={(value) => (value > 0 ? (setRate(value), null) : 'must be more than 0')}
            />
            <div className="field">
              <label htmlFor={`${id}-date`}>Rate date</label>
              <input
                id={`${id}-date`}
                className="text-input"
                type="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            </div>
          </>
        ) : null}
      </div>
      <p className="field__hint">
        Prices are in USD; enter today’s rate from your treasury or bank. The planner makes no network calls.
      </p>
      <button type="button" className="button button--secondary" onClick={apply} disabled={!pending}>
        {currency === 'USD' ? 'Show amounts in USD' : `Show amounts in ${currency}`}
      </button>
      <p role="status" className="share__status">
        {message}
      </p>
    </fieldset>
  );
}
