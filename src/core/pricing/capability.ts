/**
 * Capability on one scale: LMArena text ratings (human preference Elo; CC-BY-4.0, attributed in SOURCES
 * 'lmarena-text'). One column only — the ~November 2025 capture — except three open models that capture lacks,
 * taken from the open-source board of 2026-09-26 (open-model ratings moved ≤ 4 points between the captures, so
 * the mix is tolerable; each row says which capture it is). Other scales (Artificial Analysis index versions)
 * are never mixed in. A model without a rating has capability null: the planner then cannot compare it and says so.
 */
export type CapabilityRow = {
  /** Canonical id (the curated list's or the open-model table's). */
  id: string;
  label: string;
  /** Other ids the same model goes by in catalogs (lower case). */
  aliases: readonly string[];
  /** LMArena text rating, or null when no capture has one. */
  rating: number | null;
  /** Capture date of the rating, YYYY-MM-DD. */
  capturedOn: string;
};

const NOV_2025 = '2025-11-20';
const SEP_2026 = '2026-09-26';

export const CAPABILITY: readonly CapabilityRow[] = [
  {
    id: 'gpt-5',
    label: 'GPT-5',
    aliases: ['gpt-5-high', 'gpt-5-2025-08-07'],
    rating: 1436,
    capturedOn: NOV_2025,
  },
  {
    id: 'gpt-5-mini',
    label: 'GPT-5 mini',
    aliases: ['gpt-5-mini-2025-08-07'],
    rating: 1392,
    capturedOn: NOV_2025,
  },
  { id: 'o4-mini', label: 'o4-mini', aliases: ['o4-mini-2025-04-16'], rating: 1391, capturedOn: NOV_2025 },
  { id: 'gpt-4.1', label: 'GPT-4.1', aliases: ['gpt-4.1-2025-04-14'], rating: 1412, capturedOn: NOV_2025 },
  {
    id: 'gpt-4.1-mini',
    label: 'GPT-4.1 mini',
    aliases: ['gpt-4.1-mini-2025-04-14'],
    rating: 1380,
    capturedOn: NOV_2025,
  },
  { id: 'gpt-4.1-nano', label: 'GPT-4.1 nano', aliases: [], rating: null, capturedOn: NOV_2025 },
  { id: 'gpt-4o', label: 'GPT-4o', aliases: ['gpt-4o-2024-11-20'], rating: null, capturedOn: NOV_2025 },
  { id: 'gpt-4o-mini', label: 'GPT-4o mini', aliases: [], rating: null, capturedOn: NOV_2025 },
  {
    id: 'claude-sonnet-4-5',
    label: 'Claude Sonnet 4.5',
    aliases: ['claude-sonnet-4.5', 'claude-sonnet-4-5-20250929'],
    rating: 1436,
    capturedOn: NOV_2025,
  },
  {
    id: 'claude-sonnet-4',
    label: 'Claude Sonnet 4',
    aliases: ['claude-sonnet-4-0', 'claude-sonnet-4-20250514'],
    rating: 1389,
    capturedOn: NOV_2025,
  },
  { id: 'gemini-2.5-pro', label: 'Gemini 2.5 Pro', aliases: [], rating: 1452, capturedOn: NOV_2025 },
  { id: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash', aliases: [], rating: 1408, capturedOn: NOV_2025 },
  {
    id: 'seed-illustrative',
    label: 'the article’s unnamed model',
    aliases: [],
    rating: null,
    capturedOn: NOV_2025,
  },
  // Open-weight models (the self-hosting table in open-models.ts uses these ids).
  {
    id: 'gpt-oss-120b',
    label: 'gpt-oss-120b',
    aliases: ['openai/gpt-oss-120b'],
    rating: 1350,
    capturedOn: NOV_2025,
  },
  {
    id: 'gpt-oss-20b',
    label: 'gpt-oss-20b',
    aliases: ['openai/gpt-oss-20b'],
    rating: 1317,
    capturedOn: NOV_2025,
  },
  {
    id: 'DeepSeek-R1-0528',
    label: 'DeepSeek-R1-0528',
    aliases: ['deepseek-r1', 'deepseek-r1-0528'],
    rating: 1418,
    capturedOn: NOV_2025,
  },
  {
    id: 'DeepSeek-V3-0324',
    label: 'DeepSeek-V3-0324',
    aliases: ['deepseek-v3', 'deepseek-v3-0324', 'deepseek-chat'],
    rating: 1391,
    capturedOn: NOV_2025,
  },
  {
    id: 'Qwen3-235B-A22B-Instruct-2507',
    label: 'Qwen3-235B-A22B-2507',
    aliases: ['qwen3-235b-a22b-instruct-2507', 'qwen3-235b-a22b'],
    rating: 1420,
    capturedOn: NOV_2025,
  },
  {
    id: 'Llama-3.1-405B-Instruct',
    label: 'Llama 3.1 405B',
    aliases: ['llama-3.1-405b-instruct'],
    rating: 1333,
    capturedOn: SEP_2026,
  },
  {
    id: 'Llama-3.3-70B-Instruct',
    label: 'Llama 3.3 70B',
    aliases: ['llama-3.3-70b-instruct', 'llama-3.3-70b'],
    rating: 1317,
    capturedOn: SEP_2026,
  },
  {
    id: 'Llama-3.1-70B-Instruct',
    label: 'Llama 3.1 70B',
    aliases: ['llama-3.1-70b-instruct'],
    rating: null,
    capturedOn: SEP_2026,
  },
  {
    id: 'Llama-3.1-8B-Instruct',
    label: 'Llama 3.1 8B',
    aliases: ['llama-3.1-8b-instruct', 'llama-3.1-8b'],
    rating: 1211,
    capturedOn: SEP_2026,
  },
];

/** The capability row of a model id, matching canonical ids and aliases case-insensitively. */
export function findCapability(modelId: string): CapabilityRow | undefined {
  const id = modelId.trim().toLowerCase();
  return CAPABILITY.find((row) => row.id.toLowerCase() === id || row.aliases.includes(id));
}

/** The model as results name it: id, a readable label and its rating (null when unknown). */
export type ServedModel = { id: string; label: string; capability: number | null };

/** A served-model record for any id: known models get their label and rating, others their id and null. */
export function servedModel(modelId: string): ServedModel {
  const row = findCapability(modelId);
  return row
    ? { id: modelId, label: row.label, capability: row.rating }
    : { id: modelId, label: modelId, capability: null };
}

/** Just the served-model fields of a richer record (results carry exactly these three). */
export function asServed(model: ServedModel): ServedModel {
  return { id: model.id, label: model.label, capability: model.capability };
}
