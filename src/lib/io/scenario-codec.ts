import { deflateSync, inflateSync } from 'fflate';
import {
  isOptionId,
  migrateDocument,
  parseScenario,
  presetDocumentAt,
  PRESET_LABELS,
  SCENARIO_VERSION,
  type OptionId,
  type ParseIssue,
  type PresetId,
  type Scenario,
} from '../../core';
import { base64UrlToBytes, bytesToBase64Url } from './base64url';
import { applyDiff, diffTree, type DiffTree } from './scenario-diff';

/**
 * The share-link format. A link's fragment is `#s=<codec>:<payload>`; the payload is a JSON document
 * `{ v, p, r, d?, u? }`: schema version, preset id, preset revision, the scenario's differences from that
 * preset revision, and the view (results, axes, hidden lines) when not the default. Codecs:
 *   j1 — the JSON as UTF-8, base64url;
 *   z1 — the same JSON deflated (fflate, level 9), base64url.
 * The encoder picks the shorter. Both are pinned by tests and old links must decode forever.
 */
export const LINK_PARAM = 's';
export const CODECS = ['j1', 'z1'] as const;
type Codec = (typeof CODECS)[number];

/** The view a link opens onto. */
export type LinkView = {
  view: 'wizard' | 'results';
  xScale: 'log' | 'linear';
  yScale: 'log' | 'linear';
  hidden: OptionId[];
};

export const DEFAULT_LINK_VIEW: LinkView = { view: 'wizard', xScale: 'log', yScale: 'linear', hidden: [] };

type LinkDocument = {
  v: number;
  p: PresetId;
  r: string;
  d?: DiffTree;
  u?: { v?: 'r'; x?: 'l'; y?: 'g'; h?: OptionId[] };
};

export type LinkError =
  | { kind: 'unknown-codec'; codec: string }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-revision'; preset: string; revision: string }
  | { kind: 'migration-failed'; from: number; to: number; detail: string }
  | { kind: 'invalid'; issues: ParseIssue[] };

export type LinkDecode = { ok: true; scenario: Scenario; view: LinkView } | { ok: false; error: LinkError };

/** Payloads longer than this are not links this app made. */
const MAX_PAYLOAD_CHARS = 16_000;
/** Decompressed documents larger than this are refused (a crafted deflate bomb). */
const MAX_DOCUMENT_BYTES = 1_000_000;

const encoder = new TextEncoder();

function encodeView(view: LinkView): LinkDocument['u'] {
  const u: NonNullable<LinkDocument['u']> = {};
  if (view.view === 'results') u.v = 'r';
  if (view.xScale === 'linear') u.x = 'l';
  if (view.yScale === 'log') u.y = 'g';
  if (view.hidden.length > 0) u.h = [...view.hidden];
  return Object.keys(u).length > 0 ? u : undefined;
}

/**
 * The fragment (without '#') that reopens this scenario and view: `s=<codec>:<payload>`. Only what differs
 * from the scenario's preset revision is stored.
 */
export function encodeScenarioLink(scenario: Scenario, view: LinkView = DEFAULT_LINK_VIEW): string {
  const base = presetDocumentAt(scenario.preset, scenario.presetRevision, scenario.version);
  const document: LinkDocument = { v: scenario.version, p: scenario.preset, r: scenario.presetRevision };
  const d = base
    ? diffTree(withoutHeader(base), withoutHeader(scenario))
    : (withoutHeader(scenario) as DiffTree);
  if (d) document.d = d;
  const u = encodeView(view);
  if (u) document.u = u;
  const bytes = encoder.encode(JSON.stringify(document));
  const plain = `j1:${bytesToBase64Url(bytes)}`;
  const packed = `z1:${bytesToBase64Url(deflateSync(bytes, { level: 9 }))}`;
  return `${LINK_PARAM}=${packed.length < plain.length ? packed : plain}`;
}

/** A scenario document without the fields the link header carries (v, p, r). */
function withoutHeader(document: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...document };
  delete copy.version;
  delete copy.preset;
  delete copy.presetRevision;
  return copy;
}

function corrupt(detail: string): LinkDecode {
  return { ok: false, error: { kind: 'corrupt', detail } };
}

function unpack(codec: Codec, payload: string): Uint8Array | string {
  const bytes = base64UrlToBytes(payload);
  if (!bytes) return 'the payload is not base64url';
  if (codec === 'j1') return bytes;
  try {
    const inflated = inflateSync(bytes);
    return inflated.length > MAX_DOCUMENT_BYTES ? 'the payload is too large' : inflated;
  } catch {
    return 'the compressed payload is damaged';
  }
}

function decodeView(u: unknown): LinkView {
  if (typeof u !== 'object' || u === null) return { ...DEFAULT_LINK_VIEW };
  const raw = u as Record<string, unknown>;
  return {
    view: raw.v === 'r' ? 'results' : 'wizard',
    xScale: raw.x === 'l' ? 'linear' : 'log',
    yScale: raw.y === 'g' ? 'log' : 'linear',
    hidden: Array.isArray(raw.h) ? raw.h.filter(isOptionId) : [],
  };
}

/**
 * Reads a share link's fragment (with or without '#'). Returns null when the fragment holds no scenario, else
 * the scenario and view, or a typed error. Never throws; old versions are migrated forward.
 */
export function decodeScenarioLink(fragment: string): LinkDecode | null {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  const value = params.get(LINK_PARAM);
  if (value === null) return null;
  const colon = value.indexOf(':');
  const codec = colon >= 0 ? value.slice(0, colon) : value;
  if (!(CODECS as readonly string[]).includes(codec))
    return { ok: false, error: { kind: 'unknown-codec', codec: codec.slice(0, 20) } };
  const payload = value.slice(colon + 1);
  if (payload.length > MAX_PAYLOAD_CHARS) return corrupt('the link is too long');
  const bytes = unpack(codec as Codec, payload);
  if (typeof bytes === 'string') return corrupt(bytes);
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return corrupt('the payload is not a scenario document');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return corrupt('the payload is not a scenario document');
  const { v, p, r, d, u } = document as Record<string, unknown>;
  if (
    typeof v !== 'number' ||
    !Number.isInteger(v) ||
    v < 1 ||
    typeof p !== 'string' ||
    typeof r !== 'string'
  ) {
    return corrupt('the payload is not a scenario document');
  }
  if (v > SCENARIO_VERSION)
    return { ok: false, error: { kind: 'newer-version', version: v, supported: SCENARIO_VERSION } };
  if (!(p in PRESET_LABELS))
    return {
      ok: false,
      error: { kind: 'invalid', issues: [{ path: 'preset', message: 'must be seed or azure' }] },
    };
  const base = presetDocumentAt(p as PresetId, r, v);
  if (!base) return { ok: false, error: { kind: 'unknown-revision', preset: p, revision: r.slice(0, 20) } };
  const full = applyDiff(base, d === undefined ? undefined : d);
  const migrated = migrateDocument(
    typeof full === 'object' && full !== null
      ? { ...(full as object), version: v, preset: p, presetRevision: r }
      : full,
  );
  if (!migrated.ok) {
    const e = migrated.error;
    if (e.kind === 'migration-failed')
      return { ok: false, error: { kind: 'migration-failed', from: e.from, to: e.to, detail: e.message } };
    if (e.kind === 'newer-version')
      return { ok: false, error: { kind: 'newer-version', version: e.version, supported: e.supported } };
    return corrupt(e.message);
  }
  const parsed = parseScenario(migrated.value);
  if (!parsed.ok) return { ok: false, error: { kind: 'invalid', issues: parsed.issues } };
  return { ok: true, scenario: parsed.value, view: decodeView(u) };
}
