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
  | 'pricing-conventions'
  | 'lmarena-text'
  | 'model-configs'
  | 'qwen3-model-card'
  | 'gpu-serving-benchmarks'
  | 'vllm-memory'
  | 'azure-gpu-vm-prices-2026'
  | 'azure-openai-fine-tuning'
  | 'azure-apim-pricing'
  | 'azure-log-analytics'
  | 'azure-egress'
  | 'openai-reasoning'
  | 'planner-latency-floors';

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
  {
    id: 'lmarena-text',
    short: 'LMArena text leaderboard (CC-BY-4.0)',
    title:
      'LMArena text leaderboard ratings (lmarena-ai/leaderboard-dataset, CC-BY-4.0): API and open models as captured about November 2025; Llama 3.1 8B, Llama 3.3 70B and Llama 3.1 405B from the open-source board captured 2026-09-26 (open-model ratings moved at most 4 points between the two captures). Human preference, not task success.',
    url: 'https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset',
    asOf: '2025-11-20',
    verify: true,
    assumption: false,
  },
  {
    id: 'model-configs',
    short: 'Published model configurations',
    title:
      'Model cards and config.json of each open-weight model: parameters, weight size per precision (Hugging Face Llama 3.1 memory tables; gpt-oss MXFP4 file sizes), and KV-cache bytes per token = layers × KV heads × head size × 2 (K and V) × 2 bytes (DeepSeek MLA: layers × (512 + 64) × 2 bytes)',
    url: 'https://huggingface.co/blog/llama31',
    asOf: '2026-12-02',
    verify: true,
    assumption: false,
  },
  {
    id: 'qwen3-model-card',
    short: 'Qwen3 model card (verify)',
    title:
      'Qwen3-235B-A22B-Instruct-2507 model card and config.json on Hugging Face (Qwen/Qwen3-235B-A22B-Instruct-2507-FP8): 235B parameters, 22B active; weights ≈ 470 GB in BF16, ≈ 235 GB in FP8 (1 byte per parameter, derived); KV cache per token = 94 layers × 4 KV heads × head size 128 × 2 (K and V) × 2 bytes = 192,512 bytes. The layer, KV-head and head-size figures are not in the planner’s checked facts: they agree with a public training configuration for the model (THUDM/slime scripts/models/qwen3-235B-A22B.sh) but were not read from the model card itself — verify.',
    url: 'https://huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507-FP8',
    asOf: '2026-12-02',
    verify: true,
    assumption: false,
  },
  {
    id: 'gpu-serving-benchmarks',
    short: 'Serving benchmarks, halved (verify)',
    title:
      'Published serving throughput at full load (GPUStack performance lab with vLLM 0.10–0.11; NVIDIA TensorRT-LLM v1.0 tables as an upper bound), halved for moderate concurrency as in the planner’s conservative vLLM figures',
    url: 'https://github.com/gpustack/gpustack',
    asOf: '2026-12-02',
    verify: true,
    assumption: false,
  },
  {
    id: 'vllm-memory',
    short: 'vLLM memory settings',
    title:
      'vLLM engine defaults: gpu_memory_utilization 0.9 of each GPU’s memory for weights, activations and KV cache; about 2 GB per GPU of runtime overhead (GitLab’s gpt-oss-120b vLLM sizing note)',
    url: 'https://docs.vllm.ai/en/latest/configuration/engine_args.html',
    asOf: '2026-12-02',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-gpu-vm-prices-2026',
    short: 'Azure VM prices, March–September 2026 (verify)',
    title:
      'Azure GPU VM list prices, Linux, East US, pay-as-you-go and spot (Retail Prices API captures, March–September 2026; ND H200 v5 US price not found: a capture without region is used and marked as an assumption)',
    url: 'https://azure.microsoft.com/pricing/details/virtual-machines/linux/',
    asOf: '2026-09-16',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-openai-fine-tuning',
    short: 'Azure OpenAI fine-tuning prices',
    title:
      'Azure OpenAI fine-tuning: $1.70 per deployment-hour hosting for Standard and Global Standard deployments, base-model token prices for inference, training = tokens × epochs × price (GPT-4.1 $25 per 1M); regional PTU for fine-tuned GPT-4.1, GPT-4o and GPT-4o mini in preview (Microsoft Learn, cost management for fine-tuning, 2026-02-11; East US 2 price sheet 2025-11-04)',
    url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning-cost-management',
    asOf: '2026-02-11',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-apim-pricing',
    short: 'Azure API Management Standard v2',
    title:
      'Azure API Management Standard v2: $0.9589 per unit-hour ≈ $700 per unit-month (Retail Prices API, East US)',
    url: 'https://azure.microsoft.com/pricing/details/api-management/',
    asOf: '2026-06-01',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-log-analytics',
    short: 'Azure Monitor Log Analytics ingestion',
    title:
      'Azure Monitor Log Analytics (Analytics logs): about $2.30 per GB ingested, first 5 GB per workspace per month free, 31 days retention included (third-party summary of the price page)',
    url: 'https://azure.microsoft.com/pricing/details/monitor/',
    asOf: '2026-06-01',
    verify: true,
    assumption: false,
  },
  {
    id: 'azure-egress',
    short: 'Azure internet egress',
    title:
      'Azure bandwidth: first 100 GB a month free, then about $0.087 per GB to the internet (up to 10 TB); ingress free',
    url: 'https://azure.microsoft.com/pricing/details/bandwidth/',
    asOf: '2026-02-16',
    verify: true,
    assumption: false,
  },
  {
    id: 'openai-reasoning',
    short: 'OpenAI reasoning guide',
    title:
      'OpenAI reasoning guide: reasoning tokens are not returned but are billed as output tokens; its one documented example has 1,024 reasoning tokens in 1,186 output tokens. No published typical ratio per model: the planner defaults to 0.',
    url: 'https://platform.openai.com/docs/guides/reasoning',
    asOf: '2026-12-02',
    verify: false,
    assumption: true,
  },
  {
    id: 'planner-latency-floors',
    short: 'Planner assumption (latency floors)',
    title:
      'Planner assumption: the lowest time to first token each kind of deployment can be relied on for (shared pay-per-token about 300 ms, provisioned throughput about 150 ms, your own GPUs about 100 ms); replace with your own measurements',
    url: '',
    asOf: '2026-12-02',
    verify: false,
    assumption: true,
  },
];

export const SOURCES: Record<SourceId, PriceSource> = Object.fromEntries(
  list.map((s) => [s.id, s]),
) as Record<SourceId, PriceSource>;
