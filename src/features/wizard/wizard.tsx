import { lazy, Suspense, useEffect, useRef, type FormEvent } from 'react';
import { usePlannerStore, type WizardStep } from '../../state/planner-store';
import { BudgetStep } from './budget-step';
import { ConstraintsStep } from './constraints-step';
import { useTieredRepricing } from './use-tiered-repricing';
import { WorkloadStep } from './workload-step';

export const WIZARD_STEPS = [
  { title: 'Workload', intro: 'How much traffic, and how it is shaped over the day.' },
  { title: 'Constraints', intro: 'What rules options out, whatever they cost.' },
  { title: 'Budget', intro: 'What you can spend, and over what horizon.' },
  { title: 'Pricing', intro: 'Which prices to compare.' },
] as const;

const LAST = (WIZARD_STEPS.length - 1) as WizardStep;

// The pricing step (model pickers, capacity tables, currency) is a chunk of its own, prefetched once the page is
// idle (src/app/prefetch.ts): neither the first screen nor a share link opening onto results waits for it.
const PricingStep = lazy(() => import('./pricing-step').then((m) => ({ default: m.PricingStep })));

/** The requirements wizard: four steps with a progress indicator; every answer stays editable afterwards. */
export function Wizard({
  onEditAssumptions,
  compact = false,
}: {
  onEditAssumptions: () => void;
  compact?: boolean;
}) {
  const step = usePlannerStore((state) => state.step);
  const view = usePlannerStore((state) => state.view);
  const stepChanged = usePlannerStore((state) => state.stepChanged);
  const resultsRequested = usePlannerStore((state) => state.resultsRequested);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useTieredRepricing();

  // Move focus to the new step's heading when the user changed step (not on first render).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const go = (next: WizardStep) => {
    moved.current = true;
    stepChanged(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step < LAST) go((step + 1) as WizardStep);
    else resultsRequested();
  };
  const current = WIZARD_STEPS[step];

  return (
    <section className={`wizard${compact ? ' wizard--compact' : ''}`} aria-labelledby="wizard-title">
      <h2 id="wizard-title" className={compact ? 'visually-hidden' : 'wizard__title'}>
        Your requirements
      </h2>
      <nav aria-label="Wizard steps">
        <ol className="steps">
          {WIZARD_STEPS.map((s, index) => (
            <li
              key={s.title}
              className={
                index === step
                  ? 'steps__item steps__item--current'
                  : index < step
                    ? 'steps__item steps__item--done'
                    : 'steps__item'
              }
            >
              <button
                type="button"
                aria-current={index === step ? 'step' : undefined}
                onClick={() => go(index as WizardStep)}
              >
                <span className="steps__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="steps__label">{s.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="progress" aria-hidden="true">
        {/* A data attribute, not a style attribute: the Content-Security-Policy would block a prerendered one. */}
        <div className="progress__bar" data-progress={Math.round(((step + 1) / WIZARD_STEPS.length) * 100)} />
      </div>
      <form className="wizard__form" onSubmit={onSubmit} noValidate aria-labelledby="wizard-step-title">
        <h3 id="wizard-step-title" ref={heading} tabIndex={-1} className="wizard__step-title">
          <span className="visually-hidden">
            Step {step + 1} of {WIZARD_STEPS.length}:{' '}
          </span>
          {current.title}
        </h3>
        <p className="wizard__intro">{current.intro}</p>
        {step === 0 ? <WorkloadStep /> : null}
        {step === 1 ? <ConstraintsStep /> : null}
        {step === 2 ? <BudgetStep /> : null}
        {step === 3 ? (
          <Suspense fallback={<p className="loading">Loading prices…</p>}>
            <PricingStep onEditAssumptions={onEditAssumptions} />
          </Suspense>
        ) : null}
        <div className="wizard__nav">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go((step - 1) as WizardStep)}
            disabled={step === 0}
          >
            Back
          </button>
          <span className="wizard__spacer" />
          {step < LAST ? (
            <>
              {view === 'wizard' ? (
                <button type="button" className="button button--ghost" onClick={resultsRequested}>
                  See results
                </button>
              ) : null}
              <button type="submit" className="button button--primary">
                Next
              </button>
            </>
          ) : view === 'wizard' ? (
            <button type="submit" className="button button--primary">
              See results
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
