export { volumePath, volumePathDetail, horizonOf, type VolumePathDetail } from './volume-path';
export {
  planEvolution,
  analyseEvolution,
  analysisOfSequence,
  discountFactor,
  type EvolutionPlan,
  type EvolutionMonth,
  type EvolutionSwitch,
  type EvolutionAnalysis,
  type StaticChoice,
} from './plan';
export {
  termVariants,
  termLabel,
  COMMIT_MONTHS,
  TERM_LABELS,
  type PlanTerm,
  type TermVariant,
} from './term-variants';
export { buildProblem, type PlanProblem } from './problem';
export { simulatePlan, type Simulation, type SimulatedMonth, type SimulatedSwitch } from './simulate';
export { optimisePlan, type Optimum } from './optimise';
export { roadmapSentences, paybackMonths } from './sentences';
export { namedOption, optionWithTerm } from './labels';
export {
  roadmapRows,
  roadmapTotals,
  roadmapSlideData,
  type RoadmapRow,
  type RoadmapTotal,
  type RoadmapSlideData,
  type RoadmapSeriesKey,
} from './roadmap-rows';
