import { useEffect } from 'react';
import { SectionBoundary } from '../components/ui/section-boundary';
import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { RoadmapPanel } from '../features/roadmap/roadmap-panel';
import { ScenariosPanel } from '../features/scenarios/scenarios-panel';
import { SensitivityPanel } from '../features/sensitivity/sensitivity-panel';
import { usePlannerStore } from '../state/planner-store';
import { onStorageProblem, useSavedStore } from '../state/saved-store';

// Saved scenarios live in this chunk, so their storage problems are reported from here.
onStorageProblem((message) => usePlannerStore.getState().noticeShown({ tone: 'error', message }));

/** The saved scenarios' way out of a failure: their stored text is kept, unchanged, under a key of its own. */
function setStoredDataAside(): string {
  const key = useSavedStore.getState().storedDataSetAside();
  return key
    ? `The saved data was moved, unchanged, to the browser storage key “${key}”; the list starts empty.`
    : 'There was no stored data to set aside.';
}

/** Below-the-fold panels (sensitivity, roadmap, assumptions, saved scenarios), a chunk of their own: a share link shows its
 * results before these load. */
export default function ResultsExtras({
  focusAssumptions,
  onFocused,
}: {
  /** Move focus to the assumptions panel ("Edit assumptions" in the wizard); `onFocused` reports it done. */
  focusAssumptions: boolean;
  onFocused: () => void;
}) {
  // Runs after the panels below have mounted (this chunk loads after the chart has painted), so the heading is
  // there on the first request and on any later one.
  useEffect(() => {
    if (!focusAssumptions) return;
    const target = document.getElementById('assumptions-title');
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
    onFocused();
  }, [focusAssumptions, onFocused]);
  return (
    <>
      <SectionBoundary title="What would change the decision">
        <SensitivityPanel />
      </SectionBoundary>
      <SectionBoundary title="The roadmap">
        <RoadmapPanel />
      </SectionBoundary>
      <SectionBoundary title="The assumptions">
        <AssumptionsPanel />
      </SectionBoundary>
      <SectionBoundary
        title="Saved scenarios"
        resetLabel="Set the stored data aside and start again"
        onReset={setStoredDataAside}
      >
        <ScenariosPanel />
      </SectionBoundary>
    </>
  );
}
