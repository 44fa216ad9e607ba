import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a confirmation ("Link copied", "CSV downloaded") stays on screen, milliseconds. */
export const STATUS_MS = 5000;

/**
 * A status message that clears itself after `ms`: confirmations are announced (role="status") and then get out
 * of the way. Setting a new message restarts the timer; an empty message clears at once.
 */
export function useTransientStatus<T extends string>(empty: T, ms = STATUS_MS): [T, (next: T) => void] {
  const [status, setStatus] = useState<T>(empty);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback(
    (next: T) => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      setStatus(next);
      if (next !== empty) timer.current = setTimeout(() => setStatus(empty), ms);
    },
    [empty, ms],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [status, show];
}
