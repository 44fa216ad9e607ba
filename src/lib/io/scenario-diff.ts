/**
 * Sparse diffs between JSON trees: share links store only what differs from the preset a scenario started
 * from. A diff is a partial tree; a leaf (or a whole branch where the base has null) replaces the base value.
 */
export type DiffTree = { [key: string]: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameJson(a[k], b[k]));
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  return false;
}

/** What `value` changes relative to `base`, or undefined when nothing does. */
export function diffTree(base: unknown, value: unknown): DiffTree | undefined {
  if (!isPlainObject(base) || !isPlainObject(value)) return undefined;
  const out: DiffTree = {};
  for (const [key, next] of Object.entries(value)) {
    const previous = base[key];
    if (sameJson(previous, next)) continue;
    if (isPlainObject(previous) && isPlainObject(next)) {
      const inner = diffTree(previous, next);
      if (inner) out[key] = inner;
    } else {
      out[key] = next;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The base with a diff laid over it (new objects along changed paths; the base is not modified). */
export function applyDiff(base: unknown, diff: unknown): unknown {
  if (!isPlainObject(diff)) return diff === undefined ? base : diff;
  if (!isPlainObject(base)) return diff;
  const out: Record<string, unknown> = { ...base };
  for (const [key, change] of Object.entries(diff)) {
    // Own keys only, and never the prototype: a crafted link must not reach Object.prototype.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = isPlainObject(change) && isPlainObject(base[key]) ? applyDiff(base[key], change) : change;
  }
  return out;
}
