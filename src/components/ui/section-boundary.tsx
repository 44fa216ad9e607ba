import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** The section, as the start of a sentence: "The cost chart", "Saved scenarios". */
  title: string;
  children: ReactNode;
  /** Button text; "Try again" remounts the section, which resets its local state. */
  resetLabel?: string;
  /** Runs before the remount (e.g. sets unreadable stored data aside); returns an extra sentence to show. */
  onReset?: () => string | void;
  /** When this changes (a new scenario), a failed section tries again on its own. */
  resetKey?: unknown;
};

type State = { failed: boolean; attempt: number; resetKey: unknown; note: string };

/**
 * Keeps one results section's failure inside that section: a plain message and a button that resets it, while
 * the rest of the page keeps working. The error's own text never reaches the page (it goes to the console for
 * whoever debugs). Stateless as far as the app goes: what a reset does is passed in.
 */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0, resetKey: this.props.resetKey, note: '' };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return state.failed
      ? { failed: false, attempt: state.attempt + 1, resetKey: props.resetKey, note: '' }
      : { resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.title} failed`, error, info.componentStack);
  }

  private reset = () => {
    const note = this.props.onReset?.() ?? '';
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1, note }));
  };

  override render(): ReactNode {
    const { title, children, resetLabel = 'Try again' } = this.props;
    const { failed, attempt, note } = this.state;
    if (failed) {
      return (
        <section className="card section-error" aria-label={title}>
          <p role="alert">
            {title} could not be shown because of an unexpected problem. The rest of the page still works.
          </p>
          <button type="button" className="button button--secondary" onClick={this.reset}>
            {resetLabel}
          </button>
        </section>
      );
    }
    return (
      <Fragment key={attempt}>
        {note ? (
          <p role="status" className="muted">
            {note}
          </p>
        ) : null}
        {children}
      </Fragment>
    );
  }
}
