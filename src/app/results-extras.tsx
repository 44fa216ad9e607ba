import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { ScenariosPanel } from '../features/scenarios/scenarios-panel';

/** Below-the-fold panels, a chunk of their own: a share link shows its results before these load. */
export default function ResultsExtras() {
  return (
    <>
      <AssumptionsPanel />
      <ScenariosPanel />
    </>
  );
}
