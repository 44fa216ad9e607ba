import type { Evaluation, MoneyDisplay } from '../../core';
import type { ThemeName } from '../../lib/palette';

/** What every results card is drawn from. */
export type ResultsProps = { evaluation: Evaluation; display: MoneyDisplay; theme: ThemeName };
