/** An axis-aligned box in pixels: x and y are the top-left corner. */
export type Box = { x: number; y: number; width: number; height: number };

/** A label to place next to a point (pixels): text size estimated by the caller. */
export type LabelRequest = { key: string; anchorX: number; anchorY: number; width: number; height: number };

/** A drawn line as pixel points in order of x (a cost series: x grows with volume). */
export type Polyline = readonly { readonly x: number; readonly y: number }[];

/** Where a label went: its box, and whether a leader line must join it to its point. */
export type PlacedLabel = { key: string; box: Box; leader: boolean };

/** Average glyph width of the UI's sans-serif fonts as a share of the font size (digits and capitals ≈ 0.6). */
const GLYPH_WIDTH_EM = 0.62;

/** A label's box size for `text` at `fontSize` px: width from the glyph count, height one line. */
export function textSize(text: string, fontSize: number): { width: number; height: number } {
  return { width: Math.ceil(text.length * fontSize * GLYPH_WIDTH_EM), height: Math.ceil(fontSize * 1.2) };
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** The first index whose x is at or beyond `x` (points in order of x). */
function firstAtOrAfter(line: Polyline, x: number): number {
  let low = 0;
  let high = line.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((line[mid]?.x ?? Infinity) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * True when `line` passes through `box`. Only the segments over the box's x span are looked at (binary
 * search), so a label test costs a few segments, not the whole series: this runs on every keystroke.
 */
export function lineCrossesBox(line: Polyline, box: Box): boolean {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const start = Math.max(1, firstAtOrAfter(line, box.x));
  for (let i = start; i < line.length; i += 1) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (a.x > right) break;
    if (b.x < box.x) continue;
    // The segment's y over the part of its x span inside the box (a vertical step spans its whole height).
    // Plain arithmetic, no closures or arrays: this inner loop runs thousands of times per layout.
    let y1 = a.y;
    let y2 = b.y;
    if (b.x !== a.x) {
      const slope = (b.y - a.y) / (b.x - a.x);
      y1 = a.y + slope * (Math.max(a.x, box.x) - a.x);
      y2 = a.y + slope * (Math.min(b.x, right) - a.x);
    }
    if (Math.max(y1, y2) >= box.y && Math.min(y1, y2) <= bottom) return true;
  }
  return false;
}

/**
 * The first of `candidates` that no line crosses and no obstacle overlaps (candidates in order of preference),
 * or 0 when every one is crossed: a label that cannot avoid the lines keeps its usual place.
 */
export function firstClearBox(
  candidates: readonly Box[],
  lines: readonly Polyline[],
  obstacles: readonly Box[] = [],
): number {
  const clear = candidates.findIndex(
    (box) =>
      !lines.some((line) => lineCrossesBox(line, box)) && !obstacles.some((other) => overlaps(box, other, 0)),
  );
  return Math.max(0, clear);
}

/**
 * Places labels so that no two overlap and none crosses an obstacle (other labels of the chart) or leaves the
 * plot. Left to right, each label tries just above its point, just below, then further up and down in steps
 * of one line with a leader line back to the point, and shifted sideways within the plot; a label that finds
 * no free place is left out (its point keeps its tooltip, and the break-even table lists every crossing).
 * Of the free places, the first that no drawn `line` passes through is taken (a label on a line is hard to
 * read); where every free place touches a line, the first free one is.
 * O(n² × candidates) — n is at most a few dozen markers.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
  /** Clear space between labels, and from a label to its point, in the caller's unit (pixels by default). */
  spacing: { gap: number; offset: number } = { gap: 3, offset: 8 },
  lines: readonly Polyline[] = [],
): PlacedLabel[] {
  const { gap, offset } = spacing;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...requests].sort((a, b) => a.anchorX - b.anchorX);
  for (const request of ordered) {
    const { width, height, anchorX, anchorY } = request;
    const clampX = (x: number) => Math.min(bounds.x + bounds.width - width, Math.max(bounds.x, x));
    const centred = clampX(anchorX - width / 2);
    const candidates: { box: Box; leader: boolean }[] = [
      { box: { x: centred, y: anchorY - offset - height, width, height }, leader: false },
      { box: { x: centred, y: anchorY + offset, width, height }, leader: false },
    ];
    for (let step = 1; step <= 6; step += 1) {
      const lift = step * (height + gap);
      for (const dx of [0, width * 0.6, -width * 0.6]) {
        const x = clampX(anchorX - width / 2 + dx);
        candidates.push({ box: { x, y: anchorY - offset - height - lift, width, height }, leader: true });
        candidates.push({ box: { x, y: anchorY + offset + lift, width, height }, leader: true });
      }
    }
    const isFree = (candidate: { box: Box }) =>
      inside(candidate.box, bounds) && !taken.some((box) => overlaps(box, candidate.box, gap));
    // Lines are tested only on free places, in order, stopping at the first clear one.
    const free =
      candidates.find(
        (candidate) => isFree(candidate) && !lines.some((line) => lineCrossesBox(line, candidate.box)),
      ) ?? candidates.find(isFree);
    if (!free) continue;
    placed.push({ key: request.key, box: free.box, leader: free.leader });
    taken.push(free.box);
  }
  return placed;
}

/** True when no two boxes overlap (used by tests of every chart surface). */
export function noOverlaps(boxes: readonly Box[]): boolean {
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) if (overlaps(boxes[i]!, boxes[j]!, 0)) return false;
  return true;
}

/**
 * Where a note beside a vertical line starts (its left edge, in px): right of the line with a `gapPx` gap, else
 * left of it, else — when neither side has room, as on a phone with the line mid-axis — centred on the line and
 * kept inside the plot (`left`…`right`), so it never runs over the axis ticks.
 */
export function noteStartX(lineX: number, widthPx: number, left: number, right: number, gapPx = 6): number {
  if (lineX + gapPx + widthPx <= right) return lineX + gapPx;
  if (lineX - gapPx - widthPx >= left) return lineX - gapPx - widthPx;
  return Math.max(left + 2, Math.min(right - widthPx, lineX - widthPx / 2));
}
