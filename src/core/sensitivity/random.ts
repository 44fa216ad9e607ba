/**
 * Seeded random numbers for the Monte Carlo: the core never reads a global generator, so the same seed gives
 * the same numbers on every machine (integer arithmetic via Math.imul; no platform-dependent floats).
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): period 2^32, passes gjrand/PractRand to 2^32 outputs — far
 * more than the 100,000 × 16 draws a run needs. Seed: any integer (taken modulo 2^32).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A draw from the triangular distribution on [low, high] with its mode at `mode` (clamped into the range), by
 * the inverse CDF: u < F(c) → low + √(u (high − low)(c − low)), else high − √((1 − u)(high − low)(high − c)).
 * A collapsed range returns `low`.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return low;
  const c = Math.min(high, Math.max(low, mode));
  const split = (c - low) / width;
  return u < split ? low + Math.sqrt(u * width * (c - low)) : high - Math.sqrt((1 - u) * width * (high - c));
}

/** z of the 95th percentile of the standard normal: low and high are read as the 5th and 95th percentiles. */
export const Z95 = 1.6448536269514722;

/**
 * A log-normal draw whose median is `median` and whose 5th–95th percentile span is low…high in log terms:
 * σ = ln(high ÷ low) ÷ (2 × 1.6449). With the default volume range (×0.5, ×2) σ = ln 4 ÷ 3.29 = 0.421, so
 * 90% of draws fall within the range and 10% outside it (volume surprises are not bounded). Needs low > 0;
 * two uniforms give one normal by Box–Muller.
 */
export function logNormal(u1: number, u2: number, low: number, median: number, high: number): number {
  if (!(low > 0) || !(high > low) || !(median > 0)) return median;
  const sigma = Math.log(high / low) / (2 * Z95);
  // 1 − u1 is in (0, 1], so the logarithm is finite.
  const normal = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  return median * Math.exp(sigma * normal);
}
