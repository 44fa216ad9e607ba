import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { RoadmapPanel } from '../features/roadmap/roadmap-panel';
import { ScenariosPanel } from '../features/scenarios/scenarios-panel';
import { usePlannerStore } from '../state/planner-store';
import { onStorageProblem } from '../state/saved-store';

// Saved scenarios live in this chunk, so their storage problems are reported from here.
onStorageProblem((message) => usePlannerStore.getState().noticeShown({ tone: 'error', message }));

/** Below-the-fold panels (roadmap, assumptions, saved scenarios), a chunk of their own: a share link shows its
 * results before these load. */
export default function ResultsExtras() {
  return (
    <>
      <RoadmapPanel />
      <AssumptionsPanel />
      <ScenariosPanel />
    </>
  );
}
