import { describe, expect, it } from 'vitest';
import { createScenario, seedRecommendation, type Requirements } from '../../src/core';

const base: Requirements = createScenario('seed').requirements;
const req = (change: Partial<Requirements>): Requirements => ({ ...base, ...change });

describe('seedRecommendation mirrors select_infrastructure branch by branch', () => {
  it('branch 1a: high sensitivity + custom model → kubernetes_private (even at huge volume)', () => {
    expect(
      seedRecommendation(req({ dataSensitivity: 'high', needCustomModel: true, monthlyRequests: 5e6 })),
    ).toBe('kubernetes_private');
  });
  it('branch 1b: high sensitivity without custom model → private_endpoints', () => {
    expect(
      seedRecommendation(req({ dataSensitivity: 'high', needCustomModel: false, monthlyRequests: 5e6 })),
    ).toBe('private_endpoints');
  });
  it('branch 2: more than 1,000,000 requests → provisioned_throughput, before the custom-model branch', () => {
    expect(
      seedRecommendation(req({ monthlyRequests: 1_000_001, needCustomModel: true, mlExpertise: 'high' })),
    ).toBe('provisioned_throughput');
  });
  it('branch 2 is strict: exactly 1,000,000 requests is not "> 1000000"', () => {
    expect(seedRecommendation(req({ monthlyRequests: 1_000_000 }))).toBe('serverless_api');
  });
  it('branch 3: custom model and high expertise → custom_deployment', () => {
    expect(seedRecommendation(req({ needCustomModel: true, mlExpertise: 'high' }))).toBe('custom_deployment');
  });
  it('branch 3 needs high expertise: medium falls through to serverless_api', () => {
    expect(seedRecommendation(req({ needCustomModel: true, mlExpertise: 'medium' }))).toBe('serverless_api');
  });
  it('default: the article example → serverless_api', () => {
    expect(seedRecommendation(base)).toBe('serverless_api');
  });
  it('sensitivity low or medium never reaches branch 1', () => {
    expect(
      seedRecommendation(req({ dataSensitivity: 'low', needCustomModel: true, mlExpertise: 'high' })),
    ).toBe('custom_deployment');
  });
});
