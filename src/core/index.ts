/**
 * Public API of the pure cost and decision core. Other code (UI, exports, benchmark, external checks) imports
 * from here only.
 */
export { OPTION_IDS, OPTION_LABELS, OPTION_DESCRIPTIONS, isOptionId, type OptionId } from './option-ids';
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
} from './scenario/schema';
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
} from './scenario/read';
export { migrateDocument, MIGRATIONS, type Migration, type MigrationError } from './scenario/migrate';
export { parseScenario, type ParseResult, type ParseIssue } from './scenario/parse';
export { evaluateScenario, monthlyCost, analysisRange, type Evaluation, type OptionResult } from './evaluate';
export type { BreakEven, CheapestRange } from './cost/break-even';
export type { CostLine, CapacityInfo } from './cost/option-model';
export { seedRecommendation, seedChoiceToOption, type SeedChoice } from './decision/seed-rule';
export type { Recommendation } from './decision/recommend';
export type { Exclusion } from './decision/constraints';
export { dailyLoadProfile } from './cost/load-profile';
export {
  formatMoney,
  formatMoneyCompact,
  formatRate,
  formatTokens,
  formatTokensAxis,
  formatCount,
  formatNumber,
  formatPercent,
  type MoneyDisplay,
} from './format';
export { SOURCES, type PriceSource, type SourceId } from './pricing/sources';
export * from './units';
export {
  buildChartRows,
  type ChartModel,
  type ChartRow,
  type ChartRowOptions,
  type MarkerGroup,
} from './chart/chart-rows';
export { ptuFor, withLocality, gpuFor, curatedCatalogRef, overriddenRates } from './pricing/apply';
export {
  CURATED_SERVERLESS_MODELS,
  findCuratedModel,
  type ServerlessModelRates,
} from './pricing/serverless-models';
export { PTU_MODELS, PTU_PRICES, usdPerPtuMonth, findPtuModel, type PtuTerm } from './pricing/ptu-table';
export { GPU_VMS, OPEN_MODELS, GPU_TERM_NOTES, findGpuVm, findOpenModel } from './pricing/gpu-tables';
export type { CatalogRef } from './scenario/schema';
