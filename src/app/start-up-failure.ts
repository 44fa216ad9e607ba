/**
 * When start-up itself fails (a chunk could not be loaded), replaces whatever is showing (the prerendered wizard,
 * which would not respond, or a share link's "Opening the shared scenario…" note) with an alert saying what to do.
 * Plain DOM: React may be what failed to load.
 */
export function showStartUpFailure(): void {
  document.documentElement.classList.remove('opening-link', 'opening-link-rendering');
  document.querySelector('.opening-link-note')?.remove();
  const root = document.getElementById('root');
  if (!root) return;
  const alert = document.createElement('p');
  alert.className = 'banner banner--error';
  alert.setAttribute('role', 'alert');
  alert.textContent =
    'The planner could not start: part of it did not load (you may be offline, or the app was updated). Reload the page to try again; a shared link keeps its scenario in the address.';
  root.replaceChildren(alert);
}
