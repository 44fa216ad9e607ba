/**
 * A simple daily load shape: 24 hourly multipliers of the average load, with mean exactly 1 and maximum equal
 * to the peak-to-average factor. Shape: p × s(h)^γ with s(h) = (1 + cos(2π(h − 14) ÷ 24)) ÷ 2 (peak at 14:00),
 * γ chosen so the mean is 1. p = 1 gives a flat day, p = 2 a plain cosine (γ = 1), larger p a sharper
 * business-hours peak. The factor is capped at 24 (all of a day's load in one hour).
 */
export function dailyLoadProfile(peakToAverage: number): number[] {
  const peak = Math.min(24, Math.max(1, peakToAverage));
  const base = Array.from({ length: 24 }, (_, hour) => (1 + Math.cos((2 * Math.PI * (hour - 14)) / 24)) / 2);
  if (peak <= 1) return base.map(() => 1);
  if (peak >= 24) return base.map((_, hour) => (hour === 14 ? 24 : 0));
  const meanFor = (gamma: number) => base.reduce((sum, s) => sum + peak * s ** gamma, 0) / 24;
  // meanFor falls as γ grows (s ≤ 1), from p at γ = 0 towards p ÷ 24: bisect for mean = 1.
  let low = 0;
  let high = 1;
  while (meanFor(high) > 1) high *= 2;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (meanFor(mid) > 1) low = mid;
    else high = mid;
  }
  const gamma = (low + high) / 2;
  const profile = base.map((s) => peak * s ** gamma);
  // Normalise away the bisection's last bit of error so Σ = 24 exactly.
  const total = profile.reduce((sum, x) => sum + x, 0);
  return profile.map((x) => (x * 24) / total);
}
