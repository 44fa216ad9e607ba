import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScenario } from '../../src/core';
import { encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { usePlannerStore } from '../../src/state/planner-store';
import { SCENARIO_FRAGMENT, startUrlSync } from '../../src/state/url-sync';

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('URL sync', () => {
  it("index.html marks a share link with the same test as the app's", () => {
    // The inline script hides the prerendered wizard on a share link; with a different test it would hide it on a
    // plain visit (a blank page until start-up) or show it under a link (a flash of the wrong scenario).
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`if (/${SCENARIO_FRAGMENT.source}/.test(location.hash))`);
    expect(SCENARIO_FRAGMENT.test('#s=j1:x')).toBe(true);
    expect(SCENARIO_FRAGMENT.test('#view=results&s=j1:x')).toBe(true);
    expect(SCENARIO_FRAGMENT.test('#results')).toBe(false);
  });

  it('opens a link onto its scenario and view', async () => {
    const scenario = createScenario('azure');
    scenario.requirements.monthlyRequests = 2_000_000;
    history.replaceState(
      null,
      '',
      `/#${encodeScenarioLink(scenario, { view: 'results', xScale: 'linear', yScale: 'linear', hidden: [] })}`,
    );
    stop = await startUrlSync();
    const state = usePlannerStore.getState();
    expect(state.scenario).toEqual(scenario);
    expect(state.view).toBe('results');
    expect(state.chart.xScale).toBe('linear');
  });

  it('a damaged link shows a banner and the defaults', async () => {
    history.replaceState(null, '', '/#s=z1:AAAAbroken');
    stop = await startUrlSync();
    const state = usePlannerStore.getState();
    expect(state.scenario).toEqual(createScenario('seed'));
    expect(state.notice?.message).toMatch(
      /^This link is damaged and cannot be read .* Showing the default scenario instead; your saved scenarios are untouched\.$/,
    );
  });

  it('edits replace the URL after a short pause; entering results pushes a history entry', async () => {
    stop = await startUrlSync();
    const before = history.length;
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', 750_000);
    expect(location.hash).toBe('');
    vi.advanceTimersByTime(300);
    const edited = usePlannerStore.getState().scenario;
    // A plain visit imports the codec at its first write, so that write lands once the import resolves.
    await vi.waitFor(() => expect(location.hash).toBe(`#${encodeScenarioLink(edited)}`));
    expect(history.length).toBe(before);
    usePlannerStore.getState().resultsRequested();
    vi.advanceTimersByTime(300);
    expect(history.length).toBe(before + 1);
    expect(location.hash).toBe(
      `#${encodeScenarioLink(edited, { view: 'results', xScale: 'log', yScale: 'linear', hidden: [] })}`,
    );
  });

  it('leaving the field writes a pending edit at once, so Back right after it keeps the edit (found by review)', async () => {
    const scenario = createScenario('seed');
    history.replaceState(null, '', `/#${encodeScenarioLink(scenario)}`);
    stop = await startUrlSync();
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', 900_000);
    // Tab out of the field: no timer has run, yet the address holds the edit.
    document.body.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(location.hash).toBe(`#${encodeScenarioLink(usePlannerStore.getState().scenario)}`);
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(900_000);
    // The browser's own Back button takes the focus from the page first: the same.
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', 800_000);
    window.dispatchEvent(new FocusEvent('blur'));
    expect(location.hash).toBe(`#${encodeScenarioLink(usePlannerStore.getState().scenario)}`);
  });

  it('Back to the page without a link shows the wizard and writes no new entry (Forward stays possible)', async () => {
    stop = await startUrlSync();
    usePlannerStore.getState().resultsRequested();
    vi.advanceTimersByTime(300);
    await vi.waitFor(() => expect(location.hash).toMatch(/^#s=/));
    const length = history.length;
    // What Back does here: the address returns to "/" and the browser fires popstate.
    history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(usePlannerStore.getState().view).toBe('wizard');
    vi.advanceTimersByTime(1000);
    // A write here would push an entry and drop the Forward one.
    expect(location.hash).toBe('');
    expect(history.length).toBe(length);
  });

  it('a damaged link pasted into an open tab keeps the scenario on screen and says so; a good one clears that', async () => {
    const scenario = createScenario('azure');
    scenario.requirements.monthlyRequests = 123_456;
    const good = `/#${encodeScenarioLink(scenario)}`;
    history.replaceState(null, '', good);
    stop = await startUrlSync();
    history.replaceState(null, '', '/#s=z1:AAAAbroken');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(usePlannerStore.getState().scenario).toEqual(scenario);
    expect(usePlannerStore.getState().notice?.message).toMatch(
      /^This link is damaged .* The scenario on screen is unchanged; your saved scenarios are untouched\.$/,
    );
    history.replaceState(null, '', good);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(usePlannerStore.getState().notice).toBeNull();
  });

  it('Back from a damaged link to an address without a scenario takes its banner down too (found by review)', async () => {
    history.replaceState(null, '', '/#other');
    stop = await startUrlSync();
    history.replaceState(null, '', '/#s=z1:broken');
    window.dispatchEvent(new PopStateEvent('popstate'));
    // A plain visit imports the link codec at the first Back/Forward.
    await vi.waitFor(() =>
      expect(usePlannerStore.getState().notice?.message).toMatch(/^This link is damaged /),
    );
    history.replaceState(null, '', '/#other');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(usePlannerStore.getState().notice).toBeNull();
    expect(usePlannerStore.getState().view).toBe('wizard');
  });
});
