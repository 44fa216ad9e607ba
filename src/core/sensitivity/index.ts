/** What flips the decision: thresholds per input, a tornado of the cost gap, a seeded Monte Carlo. Pure. */
export { thresholds, nearestThresholds, THRESHOLD_TOLERANCE, type Threshold } from './thresholds';
export { tornado, tornadoPair, runnerUpOf, type TornadoBar, type TornadoPair } from './tornado';
export {
  simulate,
  percentile,
  type SimulationResult,
  type SimulateOptions,
  type CostQuantiles,
} from './simulate';
export { mulberry32, triangular, logNormal, type Random } from './random';
export {
  analysedInputs,
  rangesOf,
  defaultRange,
  numberAt,
  withNumbers,
  variantProbe,
  type AnalysedInput,
  type InputRange,
} from './inputs';
export { decide, pinForAnalysis, eligibleByCost, type Decision } from './decide';
export type { Change } from './search';
export {
  thresholdSentence,
  byNearestChange,
  distanceOf,
  changeNotes,
  formatInputValue,
  formatInputShort,
  formatChange,
  formatProbability,
  valueContextOf,
  inputOf,
  STORED_UNIT,
  type ValueContext,
} from './describe';
