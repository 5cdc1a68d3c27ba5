// Catches an error that breaks the terminal's screens after it started, so the page never stays white.
import { Component, type ComponentChildren } from 'preact';

export interface CrashBoundaryProps {
  children?: ComponentChildren;
  /** Told once, after the broken tree is gone: start-terminal.ts puts «Terminale fuori servizio» in its place. */
  onCrash: (error: unknown) => void;
}

/**
 * Around the whole app (main.tsx): a screen that throws while rendering, or in an effect, leaves no
 * working screen, so the terminal says it is out of service and looks for a fixed version, as a
 * start that fails does. An error in an event handler is not caught here: the screen it came from is still drawn.
 */
export class CrashBoundary extends Component<CrashBoundaryProps, { crashed: boolean }> {
  override state = { crashed: false };

  override componentDidCatch(error: unknown): void {
    if (this.state.crashed) return;
    this.setState({ crashed: true });
    // After this render: the notice replaces the root's children, which Preact must have let go of first.
    setTimeout(() => this.props.onCrash(error), 0);
  }

  override render() {
    return this.state.crashed ? null : this.props.children;
  }
}
