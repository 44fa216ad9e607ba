import type { ChartModel, MoneyDisplay, OptionId } from '../../core';
import type { ThemeName } from '../../lib/palette';
import type { OverlayProps } from './overlay-layers';

/**
 * What the cost chart's drawing (static-plot.tsx) and its hover layer (hover-layer.tsx) take: the rows, what
 * to show, and the axes, decided once in cost-chart.tsx so they agree.
 */
export type PlotProps = {
  model: ChartModel;
  visible: readonly OptionId[];
  excluded: ReadonlySet<OptionId>;
  theme: ThemeName;
  display: MoneyDisplay;
  yScale: 'log' | 'linear';
  yDomain: [number, number];
  xTicks: readonly number[];
  yTicks: readonly number[];
  yTickFormatter: (usd: number) => string;
  yLabel: string;
  heightPx: number;
  overlay: OverlayProps;
};

export const X_LABEL_TEXT = 'Monthly tokens';
export const TICK_FONT_PX = 12;
