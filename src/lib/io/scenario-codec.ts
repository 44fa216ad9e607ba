import { deflateSync, inflateSync } from 'fflate';
import {
  checkDocumentShape,
  decodeScenarioDocument,
  isOptionId,
  isPresetId,
  presetDocumentAt,
  SCENARIO_VERSION,
  type OptionId,
  type PresetId,
  type ReadError,
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

export type LinkDecode = { ok: true; scenario: Scenario; view: LinkView } | { ok: false; error: ReadError };

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
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return { ...DEFAULT_LINK_VIEW };
  const hidden = own(u, 'h');
  return {
    view: own(u, 'v') === 'r' ? 'results' : 'wizard',
    xScale: own(u, 'x') === 'l' ? 'linear' : 'log',
    yScale: own(u, 'y') === 'g' ? 'log' : 'linear',
    hidden: Array.isArray(hidden) ? [...new Set(hidden.filter(isOptionId))] : [],
  };
}

/** Own property of a decoded JSON object (never an inherited one). */
function own(document: object, key: string): unknown {
  return Object.hasOwn(document, key) ? Object.getOwnPropertyDescriptor(document, key)?.value : undefined;
}

/** The last fragment read and what it gave (see `decodeScenarioLink`). */
let lastRead: { fragment: string; result: LinkDecode | null } | null = null;

/**
 * Reads a share link's fragment (with or without '#'). Returns null when the fragment holds no scenario, else
 * the scenario and view, or a typed error. Never throws; old versions are migrated forward by
 * `decodeScenarioDocument`, the one entry point for unknown input.
 * The same fragment read twice in a row gives the same result object: a share link's start-up reads it before
 * React has loaded, to evaluate the scenario while the rest downloads (src/app/link-prime.ts), and the store
 * then takes that very scenario object, whose evaluation the caches keyed by it already hold.
 */
export function decodeScenarioLink(fragment: string): LinkDecode | null {
  if (lastRead?.fragment !== fragment) lastRead = { fragment, result: readLink(fragment) };
  return lastRead.result;
}

function readLink(fragment: string): LinkDecode | null {
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
  const shape = checkDocumentShape(document);
  if (shape) return { ok: false, error: shape };
  const v = own(document, 'v');
  const p = own(document, 'p');
  const r = own(document, 'r');
  const d = own(document, 'd');
  if (
    typeof v !== 'number' ||
    !Number.isInteger(v) ||
    v < 1 ||
    typeof p !== 'string' ||
    typeof r !== 'string'
  )
    return corrupt('the payload is not a scenario document');
  if (v > SCENARIO_VERSION)
    return { ok: false, error: { kind: 'newer-version', version: v, supported: SCENARIO_VERSION } };
  if (!isPresetId(p)) return { ok: false, error: { kind: 'unknown-preset', preset: p.slice(0, 20) } };
  const base = presetDocumentAt(p, r, v);
  if (!base) return { ok: false, error: { kind: 'unknown-revision', preset: p, revision: r.slice(0, 20) } };
  const full = applyDiff(base, d);
  const read = decodeScenarioDocument(
    typeof full === 'object' && full !== null && !Array.isArray(full)
      ? { ...full, version: v, preset: p, presetRevision: r }
      : full,
  );
  if (!read.ok) return read;
  return { ok: true, scenario: read.value, view: decodeView(own(document, 'u')) };
}
