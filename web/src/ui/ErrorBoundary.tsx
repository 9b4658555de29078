import { Component, type ReactNode } from 'react';
import { ErrorBox } from './states.tsx';

type TState = { error: unknown };

/**
 * A rendering bug in one page shows an error in that page instead of blanking the whole app; changing `resetKey`
 * (the route) clears it.
 */
export class ErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, TState> {
  override state: TState = { error: null };

  static getDerivedStateFromError(error: unknown): TState {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <div style={{ padding: 24 }}><ErrorBox error={this.state.error} /></div> : this.props.children;
  }
}
