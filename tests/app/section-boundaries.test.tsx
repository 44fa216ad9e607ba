import { render, screen, waitFor, within, type ByRoleOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import type * as RecommendationModule from '../../src/features/results/recommendation-card';
import type * as ChartModule from '../../src/features/chart/cost-chart';
import type * as ShareModule from '../../src/features/share/share-panel';
import type * as OptionsModule from '../../src/features/results/options-table';
import type * as BreakEvenModule from '../../src/features/results/break-even-table';
import type * as AssumptionsModule from '../../src/features/assumptions/assumptions-panel';
import type * as ScenariosModule from '../../src/features/scenarios/scenarios-panel';
import { usePlannerStore } from '../../src/state/planner-store';
import { resetSavedStore, STORAGE_KEY } from '../../src/state/saved-store';

/** Which section throws while rendering (set per test); every other one renders the real component. */
const failing = vi.hoisted(() => ({ section: '' }));
const crash = (section: string) => {
  if (failing.section === section)
    throw new TypeError(`Cannot read properties of null (reading '${section}')`);
};

vi.mock('../../src/features/results/recommendation-card', async (original) => {
  const real = await original<typeof RecommendationModule>();
  return {
    RecommendationCard: (props: ComponentProps<typeof real.RecommendationCard>) => {
      crash('recommendation');
      return <real.RecommendationCard {...props} />;
    },
  };
});
vi.mock('../../src/features/chart/cost-chart', async (original) => {
  const real = await original<typeof ChartModule>();
  return {
    CostChart: (props: ComponentProps<typeof real.CostChart>) => {
      crash('chart');
      return <real.CostChart {...props} />;
    },
  };
});
vi.mock('../../src/features/share/share-panel', async (original) => {
  const real = await original<typeof ShareModule>();
  return {
    SharePanel: () => {
      crash('share');
      return <real.SharePanel />;
    },
  };
});
vi.mock('../../src/features/results/options-table', async (original) => {
  const real = await original<typeof OptionsModule>();
  return {
    OptionsTable: (props: ComponentProps<typeof real.OptionsTable>) => {
      crash('options');
      return <real.OptionsTable {...props} />;
    },
  };
});
vi.mock('../../src/features/results/break-even-table', async (original) => {
  const real = await original<typeof BreakEvenModule>();
  return {
    BreakEvenTable: (props: ComponentProps<typeof real.BreakEvenTable>) => {
      crash('break-even');
      return <real.BreakEvenTable {...props} />;
    },
  };
});
vi.mock('../../src/features/assumptions/assumptions-panel', async (original) => {
  const real = await original<typeof AssumptionsModule>();
  return {
    AssumptionsPanel: () => {
      crash('assumptions');
      return <real.AssumptionsPanel />;
    },
  };
});
vi.mock('../../src/features/scenarios/scenarios-panel', async (original) => {
  const real = await original<typeof ScenariosModule>();
  return {
    ScenariosPanel: () => {
      crash('saved');
      return <real.ScenariosPanel />;
    },
  };
});

/** Each section, the name its failure message uses, and how to find it by role when it works. */
const SECTIONS: { section: string; title: string; role: string; name: ByRoleOptions['name'] }[] = [
  { section: 'recommendation', title: 'The recommendation', role: 'heading', name: 'Recommendation' },
  { section: 'chart', title: 'The cost chart', role: 'region', name: 'Cost chart' },
  { section: 'share', title: 'Sharing and export', role: 'heading', name: 'Share and export' },
  { section: 'options', title: 'The options table', role: 'table', name: /^Monthly cost of each option/ },
  { section: 'break-even', title: 'The break-even table', role: 'table', name: 'Break-even points' },
  { section: 'assumptions', title: 'The assumptions', role: 'heading', name: 'Assumptions' },
  { section: 'saved', title: 'Saved scenarios', role: 'heading', name: 'Saved scenarios' },
];

async function openResults() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'See results' }));
  // Results, then the assumptions and saved scenarios, are lazy chunks: wait for both to be in.
  await screen.findByRole('heading', { name: 'Results' }, { timeout: 15_000 });
  await waitFor(() => expect(screen.queryByText(/^Loading/)).toBeNull(), { timeout: 15_000 });
  return user;
}

beforeEach(() => {
  // React reports the caught error on the console; the test checks the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  localStorage.clear();
  resetSavedStore();
});
afterEach(() => {
  failing.section = '';
  vi.restoreAllMocks();
});

// The first test loads the lazy results chunks cold, which can take seconds on a busy machine.
describe('one failing results section', { timeout: 30_000 }, () => {
  it.each(SECTIONS)('$title fails alone; every other section still renders', async ({ section, title }) => {
    failing.section = section;
    await openResults();
    const failed = screen.getByRole('region', { name: title });
    expect(within(failed).getByRole('alert')).toHaveTextContent(
      `${title} could not be shown because of an unexpected problem. The rest of the page still works.`,
    );
    // No internal error text on the page.
    expect(document.body.textContent).not.toMatch(/TypeError|Cannot read properties/);
    for (const other of SECTIONS.filter((s) => s.section !== section))
      expect(screen.getByRole(other.role, { name: other.name })).toBeInTheDocument();
    // The wizard beside the results keeps working too.
    expect(screen.getByRole('textbox', { name: /Monthly requests/ })).toBeEnabled();
  });

  it('"Try again" remounts the section once the problem is gone', async () => {
    failing.section = 'options';
    const user = await openResults();
    expect(screen.queryByRole('table', { name: /^Monthly cost of each option/ })).toBeNull();
    failing.section = '';
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('table', { name: /^Monthly cost of each option/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'The options table' })).toBeNull();
  });

  it('a failed section tries again by itself when the scenario changes', async () => {
    failing.section = 'chart';
    await openResults();
    expect(screen.queryByRole('region', { name: 'Cost chart' })).toBeNull();
    failing.section = '';
    usePlannerStore.getState().fieldChanged('requirements.monthlyRequests', 2_000_000);
    expect(await screen.findByRole('region', { name: 'Cost chart' })).toBeInTheDocument();
  });

  it('saved scenarios offer to set the stored data aside, unchanged, and start again', async () => {
    const text = '{"state":{"items":[{"id":"x","name":"Odd","scenario":{}}]},"version":1}';
    localStorage.setItem(STORAGE_KEY, text);
    resetSavedStore();
    failing.section = 'saved';
    const user = await openResults();
    failing.section = '';
    await user.click(screen.getByRole('button', { name: 'Set the stored data aside and start again' }));
    const backup = Object.keys(localStorage).find((key) => key.startsWith(`${STORAGE_KEY}:set-aside:`));
    expect(backup).toBeDefined();
    expect(localStorage.getItem(backup!)).toBe(text);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByText(/The saved data was moved, unchanged, to the browser storage key/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Saved scenarios' })).toBeInTheDocument();
    expect(screen.getByText('No saved scenarios yet. They stay in this browser only.')).toBeVisible();
  });
});
