/**
 * The first screen is prerendered HTML that React hydrates a moment later (src/main.tsx, boot.tsx). In between, a
 * click on "Next" would do nothing and a click on a submit button would submit the form natively (a reload, which
 * the Content-Security-Policy's form-action 'none' also blocks). So, from the first line of main.tsx until the app
 * sets html[data-ready]:
 * - clicks (and keyboard activations, which the browser turns into clicks) on controls inside #root are held
 *   back and queued, each with a way to find its element again;
 * - native form submission is prevented;
 * - typing is left alone: the text stays in the prerendered inputs.
 * Once the app is ready, what was typed is handed to React (an input or change event on each control whose state
 * differs from what React rendered), then the queued clicks are replayed, in order, on the same elements.
 *
 * Kept because measured: the prerendered page is on screen for ≈ 580 ms before the app is ready (`npm run perf`,
 * first screen: first contentful paint 420 ms, html[data-ready] 997 ms, 2 cores); tests/e2e/early-input.spec.ts
 * shows a click and typing in that window taking effect.
 *
 * Clicks made before main.tsx's module has run (while it downloads) cannot be caught: that would take an inline
 * script, which the policy forbids.
 */

type Queued = {
  /** The element itself: hydration keeps the prerendered nodes. */
  node: Element;
  /** Fallbacks, if React had to replace the nodes (a hydration mismatch re-renders from scratch). */
  id: string;
  path: number[];
  tag: string;
  text: string;
};

/**
 * Controls whose click does something; anything else (text, a link, a label that focuses a text field) keeps its
 * native behaviour.
 */
const ACTIONABLE =
  'button, [role="button"], summary, input[type="checkbox"], input[type="radio"], input[type="submit"], input[type="button"], label';

function isHeldBack(target: Element): boolean {
  if (!(target instanceof HTMLLabelElement)) return true;
  const control = target.control;
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
}

/** More clicks than this before start-up is over are not a person's intent worth replaying. */
const MAX_QUEUED = 20;

/** Child indexes from `root` down to `node`. */
function pathOf(root: Element, node: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = node; at && at !== root; at = at.parentElement) {
    const parent: Element | null = at.parentElement;
    if (!parent) return [];
    path.unshift(Array.prototype.indexOf.call(parent.children, at));
  }
  return path;
}

function atPath(root: Element, path: number[]): Element | null {
  let at: Element | null = root;
  for (const index of path) at = at?.children[index] ?? null;
  return at;
}

/** The queued element now: the same node if still in the page, else one with its id, else one at its path. */
function resolve(root: Element, queued: Queued): Element | null {
  if (queued.node.isConnected) return queued.node;
  const matches = (found: Element | null) =>
    found && found.tagName === queued.tag && (found.textContent ?? '').trim() === queued.text ? found : null;
  return (
    (queued.id ? matches(document.getElementById(queued.id)) : null) ?? matches(atPath(root, queued.path))
  );
}

/** Sets `value` through the prototype's setter, which React does not watch. */
function setThroughPrototype(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const descriptor: PropertyDescriptor | undefined = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(element),
    'value',
  );
  descriptor?.set?.call(element, value);
}

/**
 * Hands text typed (or boxes ticked, options chosen) before hydration to React. React's hydration keeps what
 * the user typed on screen but records it as the value it already knows, so a plain input event would be
 * ignored: the value is first set back to what React rendered through the element's own setter (which React
 * watches), then to the typed text through the prototype's (which it does not), and then the event is sent.
 */
function handOverTypedValues(root: Element): void {
  for (const field of root.querySelectorAll('input, textarea, select')) {
    if (field instanceof HTMLSelectElement) {
      if ([...field.options].some((option) => option.selected !== option.defaultSelected))
        field.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked !== field.defaultChecked) {
        field.checked = field.defaultChecked;
        field.click();
      }
    } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      if (field.value === field.defaultValue) continue;
      const typed = field.value;
      field.value = field.defaultValue;
      setThroughPrototype(field, typed);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

/**
 * Starts holding back clicks on the prerendered page in `root` until html[data-ready] appears, then replays them.
 * Call it first thing in main.tsx, before any await.
 */
export function holdEarlyInput(root: HTMLElement | null): void {
  if (!root || !root.hasChildNodes() || document.documentElement.dataset.ready) return;
  const queue: Queued[] = [];
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(ACTIONABLE) : null;
    if (!target || !root.contains(target) || !isHeldBack(target)) return;
    // Held back: no native action (form submission, a checkbox ticking) and no half-hydrated handler.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (queue.length >= MAX_QUEUED || (target instanceof HTMLButtonElement && target.disabled)) return;
    queue.push({
      node: target,
      id: target.id,
      path: pathOf(root, target),
      tag: target.tagName,
      text: (target.textContent ?? '').trim(),
    });
  };
  const onSubmit = (event: SubmitEvent) => {
    if (root.contains(event.target instanceof Node ? event.target : null)) event.preventDefault();
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', onSubmit, true);
  document.documentElement.dataset.earlyInput = 'held';

  const observer = new MutationObserver(() => {
    if (!document.documentElement.dataset.ready) return;
    observer.disconnect();
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('submit', onSubmit, true);
    delete document.documentElement.dataset.earlyInput;
    handOverTypedValues(root);
    for (const queued of queue) {
      const element = resolve(root, queued);
      if (element instanceof HTMLElement) element.click();
    }
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-ready'] });
}
