import { describe, expect, it } from 'vitest';
import { createScenario, parseScenario, planEvolution, volumePath, volumePathDetail } from '../../src/core';
import { expectRelClose, scenarioWith } from './helpers';

/** The seed and Azure presets: 500,000 requests × 1,200 tokens = 600M tokens a month today. */
const TODAY = 600e6;

describe('volumePath', () => {
  it('compounds a monthly rate from today’s volume', () => {
    const path = volumePath(
      scenarioWith('azure', (s) => {
        s.evolution.growth.monthlyRate = 0.05;
        s.evolution.horizonMonths = 3;
      }),
    );
    // 600M, 600M × 1.05 = 630M, 600M × 1.05² = 661.5M
    expect(path).toHaveLength(3);
    expectRelClose(path[0]!, 600e6);
    expectRelClose(path[1]!, 630e6);
    expectRelClose(path[2]!, 661.5e6);
  });

  it('interpolates points geometrically, anchors month 0 at today and stays flat after the last point', () => {
    const path = volumePath(
      scenarioWith('azure', (s) => {
        s.evolution.horizonMonths = 7;
        s.evolution.growth = { mode: 'points', monthlyRate: 0, points: [{ month: 4, monthlyTokens: 9.6e9 }] };
      }),
    );
    // 600M → 9.6B over 4 months is ×16 = 2⁴: ×2 a month. Months 0–4: 0.6, 1.2, 2.4, 4.8, 9.6B; then flat.
    const billions = path.map((t) => t / 1e9);
    [0.6, 1.2, 2.4, 4.8, 9.6, 9.6, 9.6].forEach((expected, m) =>
      expectRelClose(billions[m]!, expected, 1e-12),
    );
  });

  it('takes a point at month 0 instead of today’s volume', () => {
    const path = volumePath(
      scenarioWith('azure', (s) => {
        s.evolution.horizonMonths = 3;
        s.evolution.growth = {
          mode: 'points',
          monthlyRate: 0,
          points: [
            { month: 0, monthlyTokens: 1e9 },
            { month: 2, monthlyTokens: 4e9 },
          ],
        };
      }),
    );
    // 1B, √(1B × 4B) = 2B, 4B
    expect(path.map((t) => t / 1e9)).toEqual([1, 2, 4]);
  });

  it('moves linearly when an end is zero (a geometric path cannot reach zero)', () => {
    const path = volumePath(
      scenarioWith('azure', (s) => {
        s.evolution.horizonMonths = 5;
        s.evolution.growth = { mode: 'points', monthlyRate: 0, points: [{ month: 4, monthlyTokens: 0 }] };
      }),
    );
    // 600M → 0 in 4 equal steps of 150M.
    expect(path.map((t) => t / 1e6)).toEqual([600, 450, 300, 150, 0]);
  });

  it('shrinks toward zero at −50% a month without reaching it, never NaN', () => {
    const path = volumePath(
      scenarioWith('azure', (s) => {
        s.evolution.growth.monthlyRate = -0.5;
        s.evolution.horizonMonths = 60;
      }),
    );
    // Month 59: 600M × 0.5^59 ≈ 1.04e-9 tokens: positive, finite.
    expectRelClose(path[59]!, TODAY * 0.5 ** 59);
    expect(path.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
    const plan = planEvolution(
      scenarioWith('azure', (s) => {
        s.evolution.growth.monthlyRate = -0.5;
        s.evolution.horizonMonths = 60;
      }),
    );
    expect(plan.months.every((m) => Number.isFinite(m.cost) && m.cost >= 0)).toBe(true);
    expect(Number.isFinite(plan.total)).toBe(true);
  });

  it('caps a compounding rate at 1e15 tokens a month and reports from when', () => {
    const detail = volumePathDetail(
      scenarioWith('azure', (s) => {
        s.evolution.growth.monthlyRate = 10;
        s.evolution.horizonMonths = 60;
      }),
    );
    // 600M × 11^m passes 1e15 once 11^m > 1.67e6: 11^5 = 161,051 (9.7e13), 11^6 = 1,771,561 (1.06e15): month 6.
    expect(detail.cappedFrom).toBe(6);
    expect(detail.monthlyTokens[5]).toBeCloseTo(TODAY * 11 ** 5, -3);
    expect(detail.monthlyTokens.slice(6).every((t) => t === 1e15)).toBe(true);
  });
});

describe('bad evolution input is a field error or a well-defined result', () => {
  const issuesFor = (change: (s: ReturnType<typeof createScenario>) => void) => {
    const scenario = createScenario('azure');
    change(scenario);
    const parsed = parseScenario(scenario);
    return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('refuses a horizon of 0 months', () => {
    expect(issuesFor((s) => (s.evolution.horizonMonths = 0))).toEqual([
      expect.stringMatching(/^evolution\.horizonMonths: must be at least 1/),
    ]);
  });

  it('refuses points out of order', () => {
    expect(
      issuesFor((s) => {
        s.evolution.growth.points = [
          { month: 6, monthlyTokens: 1e9 },
          { month: 3, monthlyTokens: 2e9 },
        ];
      }),
    ).toEqual(['evolution.growth.points: months must be in ascending order, each at most once']);
  });

  it('refuses a rate that would take volume below zero', () => {
    expect(issuesFor((s) => (s.evolution.growth.monthlyRate = -1.5))).toEqual([
      expect.stringMatching(/^evolution\.growth\.monthlyRate: must be at least -0\.5/),
    ]);
  });

  it('plans nothing, without NaN, for a horizon of 0 that bypassed validation', () => {
    const scenario = createScenario('azure');
    scenario.evolution.horizonMonths = 0;
    const plan = planEvolution(scenario);
    expect(plan.months).toEqual([]);
    expect(plan.switches).toEqual([]);
    expect(plan.total).toBe(0);
    expect(plan.presentValue).toBe(0);
  });
});
