import { act, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { holdEarlyInput } from '../../src/app/early-input';
import { usePlannerStore } from '../../src/state/planner-store';

let root: Root | null = null;

/** The prerendered first screen, as dist/index.html carries it (src/entry-server.tsx renders the same). */
function prerender(): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  document.body.appendChild(container);
  return container;
}

async function hydrate(container: HTMLElement) {
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
  await waitFor(() => expect(document.documentElement.dataset.ready).toBe('true'));
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  delete document.documentElement.dataset.ready;
  delete document.documentElement.dataset.earlyInput;
});

describe('input on the prerendered page before hydration', () => {
  it('text typed and a click on Next are handed to React once it is ready', async () => {
    const container = prerender();
    holdEarlyInput(container);
    expect(document.documentElement.dataset.earlyInput).toBe('held');
    // Typed into the prerendered input: the browser keeps the text, nothing else happens yet.
    const requests = screen.getByRole('textbox', { name: /Monthly requests/ });
    (requests as HTMLInputElement).value = '2,000,000';
    const next = screen.getByRole('button', { name: 'Next' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    next.dispatchEvent(click);
    // Held back: no native submission.
    expect(click.defaultPrevented).toBe(true);
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(500_000);

    await hydrate(container);
    await waitFor(() => expect(usePlannerStore.getState().step).toBe(1));
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(2_000_000);
    expect(document.documentElement.dataset.earlyInput).toBeUndefined();
  });

  it('a native form submission (Enter in a field) is prevented, and clicks after start-up are left alone', async () => {
    const container = prerender();
    holdEarlyInput(container);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    container.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    await hydrate(container);
    // After: React's own handling, not the queue.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('button', { name: 'Next' }).dispatchEvent(click);
    await waitFor(() => expect(usePlannerStore.getState().step).toBe(1));
  });

  it('without the hold, the early click is lost and the typed text never reaches the store', async () => {
    const container = prerender();
    (screen.getByRole('textbox', { name: /Monthly requests/ }) as HTMLInputElement).value = '2,000,000';
    screen.getByRole('button', { name: 'Next' }).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await hydrate(container);
    expect(usePlannerStore.getState().step).toBe(0);
    expect(usePlannerStore.getState().scenario.requirements.monthlyRequests).toBe(500_000);
  });
});
