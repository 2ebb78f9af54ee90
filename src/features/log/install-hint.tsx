/**
 * Install help, shown before the first log: on iPhone and iPad Safari the steps for Add to Home Screen
 * (the home-screen app keeps a separate diary from Safari's), elsewhere the browser's own install prompt.
 * Either can be put away for good.
 */
import { useEffect, useState } from 'react';
import { needsIosInstallHint } from '../../domain/platform';
import { installContext } from '../../platform/install';
import { messages as m } from '../../i18n/messages';
import { useHasAnyEpisode, useSettings } from '../../storage/live';
import { updateSettings } from '../../storage/settings';
import { guardSave } from '../../state/notice-store';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
}

export function InstallHint() {
  const settings = useSettings();
  const hasEpisode = useHasAnyEpisode();
  const [promptEvent, setPromptEvent] = useState<InstallPromptEvent | null>(null);

  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setPromptEvent(e as InstallPromptEvent);
    };
    const onInstalled = () => setPromptEvent(null);
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  const ios = needsIosInstallHint(installContext());

  if (ios && hasEpisode === false && settings && !settings.installHintDismissed) {
    return (
      <aside className="card install-hint" aria-labelledby="install-title">
        <h2 id="install-title">{m.home.installIos}</h2>
        <p>{m.home.installIosSteps}</p>
        <button type="button" className="secondary" onClick={() => guardSave(() => updateSettings({ installHintDismissed: true }))}>
          {m.home.installIosDismiss}
        </button>
      </aside>
    );
  }
  if (promptEvent && settings && !settings.installHintDismissed) {
    return (
      <div className="install-offer">
        <button
          type="button"
          className="secondary grow"
          onClick={async () => {
            await promptEvent.prompt();
            setPromptEvent(null);
          }}
        >
          {m.home.installPrompt}
        </button>
        <button type="button" className="link-button" onClick={() => guardSave(() => updateSettings({ installHintDismissed: true }))}>
          {m.home.installNotNow}
        </button>
      </div>
    );
  }
  return null;
}
