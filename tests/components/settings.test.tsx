import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getSettings } from '../../src/storage/settings';
import { useRoute } from '../../src/state/route-store';
import { renderApp } from '../support/render-app';

describe('settings', () => {
  it('makes a calendar file for the chosen reminders, with no request and nothing kept', async () => {
    let made: Blob | undefined;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => ((made = blob), 'blob:reminders'), revokeObjectURL: () => undefined }));
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Each morning, about last night' }));
    const evening = screen.getByLabelText('Evening reminder time');
    await user.clear(evening);
    await user.type(evening, '22:45');
    await user.click(screen.getByRole('button', { name: 'Add to my calendar' }));
    expect(await screen.findByText('Calendar file made. Open it to add the reminders to your calendar.')).toBeInTheDocument();
    const ics = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(made!);
    });
    expect(made!.type).toBe('text/calendar');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toMatch(/DTSTART:\d{8}T224500\r\n/);
    expect(ics).toContain('SUMMARY:Crampnote: evening check-in');
    vi.unstubAllGlobals();
  });

  it('cannot make a calendar file with no reminder chosen', async () => {
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Each morning, about last night' }));
    await user.click(screen.getByRole('checkbox', { name: 'Each evening, the check-in' }));
    expect(screen.getByRole('button', { name: 'Add to my calendar' })).toBeDisabled();
  });

  it('changes units, clock and theme, each saved at once', async () => {
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await user.click(await screen.findByRole('radio', { name: '°F' }));
    await user.click(screen.getByRole('radio', { name: 'fl oz' }));
    await user.click(screen.getByRole('radio', { name: '24-hour' }));
    await user.click(screen.getByRole('radio', { name: 'Between hours' }));
    await waitFor(async () => expect(await getSettings()).toMatchObject({ temperatureUnit: 'f', volumeUnit: 'floz', clock: '24', theme: 'hours' }));
    expect(await screen.findByLabelText('Night theme from (hour)')).toHaveValue('20');
  });

  it('the night theme is on from the start and the day theme applies when chosen', async () => {
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('night'));
    await user.click(await screen.findByRole('radio', { name: 'Between hours' }));
    const from = await screen.findByLabelText('Night theme from (hour)');
    const to = screen.getByLabelText('Night theme until (hour)');
    const hour = new Date().getHours();
    // A one-hour night that is not now.
    await user.clear(from);
    await user.type(from, String((hour + 2) % 24));
    await user.clear(to);
    await user.type(to, String((hour + 3) % 24));
    await user.tab();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('day'));
  });

  it('keeps an emergency number only once it can be dialled', async () => {
    useRoute.getState().navigate('/settings');
    const { user } = renderApp();
    const field = await screen.findByLabelText('Emergency phone number');
    await user.clear(field);
    await user.type(field, '99x');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await getSettings()).emergencyNumber).not.toBe('99x');
    await user.clear(field);
    await user.type(field, '999');
    await waitFor(async () => expect((await getSettings()).emergencyNumber).toBe('999'));
  });

  it('shows the browser\'s own answer about protecting the diary, and asks again on request', async () => {
    let granted = false;
    const persist = vi.fn(async () => (granted = true));
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { persisted: async () => granted, persist } });
    try {
      useRoute.getState().navigate('/settings');
      const { user } = renderApp();
      expect(await screen.findByText(/^Not protected: the browser may clear your diary/)).toBeInTheDocument();
      expect(screen.getByText(/kept only on this device/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Ask again to protect my diary' }));
      expect(await screen.findByText(/^Protected: the browser will not clear your diary/)).toBeInTheDocument();
      expect(persist).toHaveBeenCalledTimes(1);
      expect(await getSettings()).not.toHaveProperty('persistence');
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });
});

describe('emergency signs', () => {
  it('are one tap away from any screen, with the number to call', async () => {
    useRoute.getState().navigate('/history');
    const { user } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Emergency signs' }));
    expect(await screen.findByRole('heading', { name: 'Emergency signs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Call \d+/ })).toHaveAttribute('href', expect.stringMatching(/^tel:\d+$/));
  });
});
