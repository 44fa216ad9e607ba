/**
 * Public API of the pure cost and decision core. Other code (UI, exports, benchmark, external checks) imports
 * from here only.
 */
export { OPTION_IDS, isOptionId, type OptionId } from './option-ids';
export { OPTION_REGISTRY, OPTION_LABELS, OPTION_DESCRIPTIONS, OPTION_STYLE } from './options/registry';
export type { OptionDefinition, OptionKind, AssumptionField, AssumptionSection } from './options/types';
export { ASSUMPTION_SECTIONS } from './scenario/assumption-sections';
export type { ScenarioPath, NumberPath, ValueAt } from './scenario/paths';
export {
  ScenarioSchema,
  SCENARIO_VERSION,
  MAX_MONTHLY_TOKENS,
  monthlyTokensOf,
  type Scenario,
  type Requirements,
  type Workload,
  type Locality,
  type PresetId,
  type Display,
  type GpuAssumptions,
  type PtuAssumptions,
  type OptionAssumptions,
  type Platform,
  type FineTuning,
  type Evolution,
  type Sensitivity,
  MAX_HORIZON_MONTHS,
} from './scenario/schema';
export {
  UNCERTAIN_INPUTS,
  UNCERTAIN_INPUT_PATHS,
  type UncertainInput,
  type InputUnit,
} from './scenario/uncertain-inputs';
export { v3Additions } from './scenario/migrate';
export type { Level } from './scenario/fields';
export {
  createScenario,
  createScenarioAt,
  presetDocumentAt,
  latestRevision,
  presetRevisions,
  presetSource,
  PRESET_LABELS,
  isPresetId,
} from './scenario/presets';
export {
  decodeScenarioDocument,
  describeReadError,
  checkDocumentShape,
  type ReadError,
  type ReadResult,
  type ReadSubject,
  type ReadContext,
} from './scenario/read';
export { migrateDocument, MIGRATIONS, type Migration, type MigrationError } from './scenario/migrate';
export { parseScenario, type ParseResult, type ParseIssue } from './scenario/parse';
export { evaluateScenario, monthlyCost, analysisRange, type Evaluation, type OptionResult } from './evaluate';
export type { BreakEven, CheapestRange } from './cost/break-even';
export type { CostLine, CapacityInfo, ApiModel, ExclusionKind, OptionModel } from './cost/option-model';
export { buildOptions, buildOption } from './cost/build-options';
export { costAt, unitsAt, type CostStructure } from './cost/cost-structure';
export { memoryFit, describeFit, type MemoryFit } from './cost/gpu-memory';
export { resolveGpu, cheapestPlanFor, type ResolvedGpu } from './cost/gpu-select';
export { contextOf } from './cost/build-options';
export { pinSelections } from './cost/pin-selections';
export { capabilityVerdict, type CapabilityVerdict } from './decision/capability-rule';
export { optionWithModel } from './decision/recommend';
export { LATENCY_FLOOR_MS } from './decision/constraints';
export type { Caveat } from './decision/preset-caveats';
export {
  CAPABILITY,
  findCapability,
  servedModel,
  type CapabilityRow,
  type ServedModel,
} from './pricing/capability';
export { apiModelOf, ILLUSTRATIVE_MODEL_ID } from './pricing/api-model';
export { FINE_TUNABLE_MODELS, findFineTunable, type FineTuningRow } from './pricing/fine-tuning';
export { seedRecommendation, seedChoiceToOption, type SeedChoice } from './decision/seed-rule';
export type { Recommendation } from './decision/recommend';
export type { Exclusion } from './decision/constraints';
export { dailyLoadProfile } from './cost/load-profile';
export {
  formatMoney,
  formatMoneyCompact,
  formatRate,
  formatTokens,
  breakEvenTokenLabels,
  withVolumeLabels,
  volumeLabeller,
  formatTokensAxis,
  formatCount,
  formatCountOf,
  formatNumber,
  formatPercent,
  articleFor,
  type MoneyDisplay,
} from './format';
export { SOURCES, type PriceSource, type SourceId } from './pricing/sources';
export * from './units';
export {
  firstClearBox,
  layoutLabels,
  lineCrossesBox,
  textSize,
  noOverlaps,
  noteStartX,
  type Box,
  type LabelRequest,
  type PlacedLabel,
  type Polyline,
} from './chart/label-layout';
export { fitText, measureText, wrapText } from './chart/text-measure';
export { lowerFirstWord } from './text-case';
export {
  buildChartRows,
  type ChartModel,
  type ChartRow,
  type ChartRowOptions,
  type MarkerGroup,
} from './chart/chart-rows';
export {
  PLOT_LAYOUT,
  plotArea,
  linearAxisTicks,
  logAxisTicks,
  costAxisDomain,
  axisScale,
  linePath,
  seriesPolylines,
} from './chart/plot-geometry';
export { optionLine, LINE_TOLERANCE_PX, type LinePoint, type LineView } from './chart/option-line';
export { ptuFor, withLocality, gpuFor, curatedCatalogRef, overriddenRates } from './pricing/apply';
export {
  CURATED_SERVERLESS_MODELS,
  findCuratedModel,
  type ServerlessModelRates,
} from './pricing/serverless-models';
export { PTU_MODELS, PTU_PRICES, usdPerPtuMonth, findPtuModel, type PtuTerm } from './pricing/ptu-table';
export {
  GPU_VMS,
  OPEN_MODELS,
  GPU_TERM_NOTES,
  findGpuVm,
  findOpenModel,
  type GpuPriceTerm,
  type Precision,
  type OpenModelRow,
  type GpuVmRow,
} from './pricing/gpu-tables';
export type { CatalogRef } from './scenario/schema';
export {
  volumePath,
  volumePathDetail,
  planEvolution,
  analyseEvolution,
  analysisOfSequence,
  discountFactor,
  roadmapSentences,
  paybackMonths,
  roadmapRows,
  roadmapTotals,
  roadmapSlideData,
  simulatePlan,
  optimisePlan,
  buildProblem,
  termVariants,
  termLabel,
  COMMIT_MONTHS,
  TERM_LABELS,
  type EvolutionPlan,
  type EvolutionMonth,
  type EvolutionSwitch,
  type EvolutionAnalysis,
  type StaticChoice,
  type PlanTerm,
  type TermVariant,
  type PlanProblem,
  type Simulation,
  type Optimum,
  type RoadmapRow,
  type RoadmapTotal,
  type RoadmapSlideData,
  type RoadmapSeriesKey,
} from './evolution';
export * from './sensitivity';
