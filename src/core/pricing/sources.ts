/**
 * Where every shipped number comes from. Each default in a preset points at one of these, so the assumptions
 * view can show source and as-of date next to it, and a test can check that nothing ships unsourced.
 */
export type PriceSource = {
  id: SourceId;
  title: string;
  /** A few words for tables and slides. */
  short: string;
  /** Public page or document, when there is one. */
  url: string;
  /** When the figures were checked, YYYY-MM-DD. */
  asOf: string;
  /** True for figures from third-party compilations that agree with each other but not from the vendor's own page. */
  verify: boolean;
  /** True for planner assumptions: reasonable defaults the user should replace with their own. */
  assumption: boolean;
};

export type SourceId =
  | 'seed-article'
  | 'openai-azure-token-prices'
  | 'azure-openai-pricing-modifiers'
  | 'azure-ptu-billing'
  | 'azure-ptu-prices'
  | 'azure-private-link'
  | 'azure-gpu-vm-prices'
  | 'azure-aks-pricing'
  | 'vllm-benchmarks'
  | 'planner-assumption'
  | 'pricing-conventions';

const list: PriceSource[] = [
  {
    id: 'seed-article',
    short: 'Seed article (illustrative)',
    title:
      'Seed article “AI Infrastructure Evolution: From GPUs to AI-Native Platforms” — cost_comparison and select_infrastructure (illustrative numbers; the article is undated, its code targets api_version 2024-10-01)',
    url: '',
    asOf: '2024-10-01',
    verify: false,
    assumption: false,
  },
  {
    id: 'openai-azure-token-prices',
    short: 'OpenAI / Azure OpenAI price pages',
    title:
      'OpenAI and Azure OpenAI Global Standard price pages, cross-checked with the @pydantic/genai-prices catalog 0.1.8',
    url: 'https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/',
    asOf: '2026-09-23',
    verify: false,
    assumption: false,
  },
  {
    id: 'azure-openai-pricing-modifiers',
    short: 'Azure OpenAI pricing (Data Zone, Batch)',
    title:
      'Azure OpenAI pricing: Data Zone / Regional about +10% over Global; Global Batch 50% off with 24-hour turnaround',
    url: 'https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/',
    asOf: '2026-09-23',
    verify: false,
    assumption: false,
  },
  {
    id: 'azure-ptu-billing',
    short: 'Microsoft Learn: PTU costs and billing',
    title:
      'Microsoft Learn, “Provisioned throughput unit (PTU) costs and billing”: input TPM per PTU, output weight, minimum and increment per model',
    url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/provisioned-throughput-onboarding',
    asOf: '2026-04-07',
    verify: false,
    assumption: false,
  },
  {
    id: 'azure-ptu-prices',
    short: 'Azure OpenAI PTU prices (verify)',
    title:
      'Azure OpenAI PTU prices per deployment type: hourly, monthly and yearly reservation (third-party compilations; no 3-year term exists)',
    url: 'https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/',
    asOf: '2026-04-07',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-private-link',
    short: 'Azure Private Link pricing',
    title:
      'Azure Private Link pricing: $0.01 per endpoint-hour, $0.01 per GB processed (first 1 PB); private DNS zone about $0.50/month',
    url: 'https://azure.microsoft.com/pricing/details/private-link/',
    asOf: '2026-11-26',
    verify: false,
    assumption: false,
  },
  {
    id: 'azure-gpu-vm-prices',
    short: 'Azure VM prices, East US (verify)',
    title:
      'Azure VM prices, Linux, East US: NC A100 v4, NC H100 v5, ND H100 v5 (third-party catalog compilations)',
    url: 'https://azure.microsoft.com/pricing/details/virtual-machines/linux/',
    asOf: '2026-04-01',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-aks-pricing',
    short: 'Azure Kubernetes Service pricing',
    title:
      'Azure Kubernetes Service pricing: Standard tier $0.10 per cluster-hour; a two-VM system pool about $280/month',
    url: 'https://azure.microsoft.com/pricing/details/kubernetes-service/',
    asOf: '2026-11-26',
    verify: false,
    assumption: false,
  },
  {
    id: 'vllm-benchmarks',
    short: 'Public vLLM benchmarks (conservative)',
    title:
      'Public vLLM serving benchmarks 2024–25, conservative output throughput per replica at moderate concurrency; input token ≈ 0.1 output token',
    url: 'https://docs.vllm.ai/en/latest/performance/benchmarks.html',
    asOf: '2026-11-26',
    verify: true,
    assumption: false,
  },
  {
    id: 'planner-assumption',
    short: 'Planner assumption',
    title: 'Planner assumption: a reasonable default to replace with your own figure',
    url: '',
    asOf: '2026-11-26',
    verify: false,
    assumption: true,
  },
  {
    id: 'pricing-conventions',
    short: 'Cloud-calculator conventions',
    title:
      'Cloud-calculator conventions: 730 h per month; peak-to-average ≈ 2 for a 24×7 app, ≈ 5 business hours, ≈ 1 queued batch',
    url: '',
    asOf: '2026-11-26',
    verify: false,
    assumption: true,
  },
];

export const SOURCES: Record<SourceId, PriceSource> = Object.fromEntries(
  list.map((s) => [s.id, s]),
) as Record<SourceId, PriceSource>;
