import { ScenarioNumberField } from './scenario-number-field';

/** Step 3: what the team can spend and over what horizon setup costs count. */
export function BudgetStep() {
  return (
    <>
      <ScenarioNumberField
        path="requirements.monthlyBudget"
        label="Monthly budget"
        unit="USD / month"
        hint="Options above it are flagged, not hidden."
      />
      <ScenarioNumberField
        path="amortizationMonths"
        label="Amortisation period"
        unit="months"
        hint="Spread one-off setup cost over this many months. 0 = run-rate only, as the article compares."
      />
    </>
  );
}
