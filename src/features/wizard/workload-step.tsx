import { formatCount, formatTokens, monthlyTokensOf, MINUTES_PER_MONTH } from '../../core';
import { usePlannerStore } from '../../state/planner-store';
import { ScenarioNumberField } from './scenario-number-field';
import { useScenarioNumber } from './use-scenario-field';

const LOAD_SHAPES = [
  { label: '24×7 app', factor: 2 },
  { label: 'Business hours', factor: 5 },
  { label: 'Queued batch', factor: 1 },
] as const;

/** Step 1: how much traffic, how big each request is, and how the load is shaped. */
export function WorkloadStep() {
  const requirements = usePlannerStore((state) => state.scenario.requirements);
  const peak = useScenarioNumber('workload.peakToAverage');
  const monthlyTokens = monthlyTokensOf(requirements);
  return (
    <>
      <ScenarioNumberField
        path="requirements.monthlyRequests"
        label="Monthly requests"
        unit="requests / month"
        hint="Type 500000, 500k or 1.5M."
      />
      <div className="field-row">
        <ScenarioNumberField
          path="requirements.inputTokensPerRequest"
          label="Input tokens per request"
          unit="tokens"
          hint="Prompt, instructions and retrieved context. ~750 words ≈ 1,000 tokens."
        />
        <ScenarioNumberField
          path="requirements.outputTokensPerRequest"
          label="Output tokens per request"
          unit="tokens"
          hint="The answer. ~750 words ≈ 1,000 tokens."
        />
      </div>
      <ScenarioNumberField
        path="workload.reasoningTokensPerOutputToken"
        label="Reasoning tokens per output token"
        unit="× visible output"
        hint="Hidden reasoning is billed as output and fills PTUs and GPUs. No typical ratio is published: 0 unless you know yours (OpenAI’s one example: 6.3)."
      />
      <p className="derived" aria-live="polite">
        = <strong>{formatTokens(monthlyTokens)} tokens a month</strong>,{' '}
        {formatCount(monthlyTokens / MINUTES_PER_MONTH)} tokens a minute on average.
      </p>
      <div className="field-group">
        <ScenarioNumberField
          path="workload.peakToAverage"
          label="Peak-to-average load"
          unit="× average"
          hint="Busiest hour ÷ average hour. Capacity is sized for the peak."
        />
        <div className="chips" role="group" aria-label="Typical load shapes">
          {LOAD_SHAPES.map((shape) => (
            <button
              key={shape.label}
              type="button"
              className="chip"
              aria-pressed={peak.value === shape.factor}
              onClick={() => peak.commit(shape.factor)}
            >
              {shape.label} ({shape.factor}×)
            </button>
          ))}
        </div>
      </div>
      <div className="field-row">
        <ScenarioNumberField
          path="workload.cacheHitShare"
          label="Prompt cache hits"
          unit="% of input"
          scale={100}
          min={0}
          max={100}
          hint="Repeated prompt prefixes billed at the cached rate."
        />
        <ScenarioNumberField
          path="workload.batchShare"
          label="Batch share"
          unit="% of requests"
          scale={100}
          min={0}
          max={100}
          hint="Work that can wait up to 24 hours runs at the batch discount."
        />
      </div>
    </>
  );
}
