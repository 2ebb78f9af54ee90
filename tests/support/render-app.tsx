import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { onConnectionProblem } from '../../src/storage/connection';
import { useNotices } from '../../src/state/notice-store';

/** Renders the whole app as main.tsx does, with connection problems wired to the notices. */
export function renderApp() {
  const stop = onConnectionProblem((problem) => useNotices.getState().showProblem(problem));
  const user = userEvent.setup();
  const result = render(<App />);
  return {
    ...result,
    user,
    unmount: () => {
      stop();
      result.unmount();
    },
  };
}

/** Logs a cramp with the big button and waits for its details screen. */
export async function logACramp(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Log a cramp' }));
  await screen.findByRole('heading', { name: 'Cramp details' });
  await screen.findByLabelText('Notes');
}
