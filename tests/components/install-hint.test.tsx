import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSettings } from '../../src/storage/settings';
import { addEpisode } from '../../src/storage/episodes';
import { renderApp } from '../support/render-app';
import { saved } from '../support/saved';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

describe('install help', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on iPhone Safari, explains Add to Home Screen before the first log, until dismissed', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    const { user } = renderApp();
    expect(await screen.findByRole('heading', { name: 'Install Crampnote first' })).toBeInTheDocument();
    expect(screen.getByText(/tap Share, then Add to Home Screen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Install Crampnote first' })).not.toBeInTheDocument());
    expect((await getSettings()).installHintDismissed).toBe(true);
  });

  it('is not shown once a cramp has been logged in this browser', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    saved(await addEpisode());
    renderApp();
    await screen.findByRole('button', { name: 'Log a cramp' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { name: 'Install Crampnote first' })).not.toBeInTheDocument();
  });

  it('where the browser offers installing, a button opens its prompt', async () => {
    const { user } = renderApp();
    const prompt = vi.fn(async () => undefined);
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
    window.dispatchEvent(event);
    await user.click(await screen.findByRole('button', { name: 'Install Crampnote on this device' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });

  it('the install button can be put away for good', async () => {
    const { user } = renderApp();
    window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: vi.fn(async () => undefined) }));
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Install Crampnote on this device' })).not.toBeInTheDocument());
    // Kept with the settings, so the next start does not offer it again.
    expect((await getSettings()).installHintDismissed).toBe(true);
  });
});
