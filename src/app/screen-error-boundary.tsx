/**
 * The last line of defence: a screen that fails to render shows a plain message and a way back, while
 * the header (with Emergency signs) and the navigation stay usable. Nothing is written here, so nothing
 * is lost.
 */
import { Component, type ReactNode } from 'react';
import { messages as m } from '../i18n/messages';

interface Props {
  /** Changes when the person moves to another screen, which clears the failure. */
  resetKey: string;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { failedAt?: string }> {
  override state: { failedAt?: string } = {};

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: '' };
  }

  override componentDidCatch(): void {
    this.setState({ failedAt: this.props.resetKey });
  }

  override render(): ReactNode {
    const failed = this.state.failedAt !== undefined && (this.state.failedAt === '' || this.state.failedAt === this.props.resetKey);
    if (!failed) return this.props.children;
    return (
      <div role="alert" className="notice problem">
        <p>{m.problems.screenFailed}</p>
        <button type="button" className="secondary" onClick={() => location.reload()}>
          {m.problems.reload}
        </button>
      </div>
    );
  }
}
