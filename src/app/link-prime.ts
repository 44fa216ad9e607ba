import { decodeScenarioLink } from '../lib/io/scenario-codec';
import { chartModelOf, evaluationOf, holdsSentenceOf } from '../state/memo';
import { urlFragment } from '../state/url-fragment';

/** Lets the browser run other tasks (a module that has arrived, a frame) between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A share link onto the results view: reads the link (the URL's fragment unless given) and computes what the first render of its results needs
 * (the evaluation, the chart's rows, the recommendation card's "Holds while …" sentence),
 * while React and the app are still downloading. Nothing here imports React or the store, so its chunks arrive
 * and run before React's; the first render then finds every result in the caches keyed by the scenario
 * (src/state/memo.ts), and the store takes the same scenario object (`decodeScenarioLink` returns the same
 * result for the same fragment). Each step is a task of its own, so arriving modules are not held up.
 * A link that does not open the results, or does not read, is left to the app (url-sync.ts says why).
 * What it saves where (slow connections, not localhost): the figures beside the call in src/main.tsx.
 */
export async function primeSharedLink(fragment = urlFragment()): Promise<void> {
  const read = decodeScenarioLink(fragment);
  if (read === null || !read.ok || read.view.view !== 'results') return;
  const { scenario, view } = read;
  await nextTask();
  evaluationOf(scenario);
  await nextTask();
  chartModelOf(scenario, { xScale: view.xScale });
  await nextTask();
  holdsSentenceOf(scenario);
}
