/**
 * The composition root: layout, navigation, the screen for the current path, and the notices above it.
 */
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { messages as m } from '../i18n/messages';
import { EmergencyScreen } from '../features/emergency/emergency-screen';
import { EpisodeScreen } from '../features/log/episode-screen';
import { HomeScreen } from '../features/log/home-screen';
import { useSettings } from '../storage/live';
import { useLockState } from '../storage/lock-state';
import { wroteWhileLocked } from '../storage/lock-middleware';
import { isStandalone } from '../platform/install';
import { requestPersistence } from '../platform/persistence';
import type { Path } from '../state/paths';
import { setLeaveQuestion, syncRouteWithHistory, useRoute } from '../state/route-store';
import { AppLink } from '../ui/app-link';
import { Notices, PassingNotices } from './notices';
import { screenOf, type Screen } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useAfterStart } from './use-after-start';
import { useAutoLock } from './use-auto-lock';
import { useTheme } from './use-theme';

const HistoryScreen = lazy(() => import('../features/history/history-screen').then((mod) => ({ default: mod.HistoryScreen })));
const SettingsScreen = lazy(() => import('../features/settings/settings-screen').then((mod) => ({ default: mod.SettingsScreen })));
const CheckInScreen = lazy(() => import('../features/check-in/check-in-screen').then((mod) => ({ default: mod.CheckInScreen })));
const GuideScreen = lazy(() => import('../features/guide/guide-screen').then((mod) => ({ default: mod.GuideScreen })));
const ResultsScreen = lazy(() => import('../features/guide/results-screen').then((mod) => ({ default: mod.ResultsScreen })));
const LearnScreen = lazy(() => import('../features/learn/learn-screen').then((mod) => ({ default: mod.LearnScreen })));
const DataScreen = lazy(() => import('../features/data/data-screen').then((mod) => ({ default: mod.DataScreen })));
const ReportScreen = lazy(() => import('../features/report/report-screen').then((mod) => ({ default: mod.ReportScreen })));
const PatternsScreen = lazy(() => import('../features/patterns/patterns-screen').then((mod) => ({ default: mod.PatternsScreen })));
const UpdatePrompt = lazy(() => import('./update-prompt'));
const UnlockScreen = lazy(() => import('../features/lock/unlock-screen').then((mod) => ({ default: mod.UnlockScreen })));
const AboutScreen = lazy(() => import('../features/about/about-screen').then((mod) => ({ default: mod.AboutScreen })));

setLeaveQuestion(() => window.confirm(m.field.leaveUnsaved));

const NAV: { path: Path; label: string }[] = [
  { path: '/', label: m.nav.home },
  { path: '/history', label: m.nav.history },
  { path: '/patterns', label: m.nav.patterns },
  { path: '/guide', label: m.nav.guide },
  { path: '/settings', label: m.nav.settings },
];

/** Screens that show no diary content, or only what this page wrote while locked: open while locked. */
const OPEN_WHILE_LOCKED = new Set<Screen['name']>(['home', 'emergency', 'learn', 'about', 'not-found']);

function openWhileLocked(screen: Screen): boolean {
  return OPEN_WHILE_LOCKED.has(screen.name) || (screen.name === 'episode' && wroteWhileLocked('episodes', screen.id));
}

function ScreenView({ screen, onSaved, started }: { screen: Screen; onSaved: () => void; started: boolean }) {
  const lock = useLockState();
  const navigate = useRoute((s) => s.navigate);
  // The lock is the storage's (lock-middleware.ts): a locked page reads nothing sealed. This keeps the
  // screens that would show nothing out of the way, with the passphrase asked in their place.
  if (lock === 'locked' && !openWhileLocked(screen)) return <UnlockScreen onUnlocked={screen.name === 'unlock' ? () => navigate('/') : undefined} />;
  switch (screen.name) {
    case 'unlock':
    case 'home':
      return <HomeScreen onSaved={onSaved} started={started} />;
    case 'episode':
      return <EpisodeScreen key={screen.id} id={screen.id} />;
    case 'check-in':
      return <CheckInScreen key={screen.night} night={screen.night} />;
    case 'history':
      return <HistoryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'emergency':
      return <EmergencyScreen />;
    case 'about':
      return <AboutScreen />;
    case 'guide':
      return <GuideScreen />;
    case 'results':
      return <ResultsScreen />;
    case 'learn':
      return <LearnScreen />;
    case 'data':
      return <DataScreen />;
    case 'report':
      return <ReportScreen />;
    case 'patterns':
      return <PatternsScreen />;
    case 'not-found':
      return <HomeScreen onSaved={onSaved} started={started} />;
  }
}

export function App() {
  const path = useRoute((s) => s.path);
  const settings = useSettings();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const started = useAfterStart();
  useTheme(settings);
  useAutoLock();

  useEffect(() => syncRouteWithHistory(), []);
  useEffect(() => {
    // Once started, fetch what the next tap needs, so the cramp details appear at once.
    if (started) void Promise.all([import('../features/log/episode-form'), import('../features/log/episode-findings')]).catch(() => undefined);
  }, [started]);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [path]);

  // Ask the browser to keep the diary after the first save of each start (it answers at once when it
  // already does), and at the start of the installed app, until it says yes. Its answer is never stored.
  const askedPersistence = useRef(false);
  const onSaved = useCallback(() => {
    if (askedPersistence.current) return;
    askedPersistence.current = true;
    void requestPersistence();
  }, []);
  useEffect(() => {
    if (started && isStandalone()) onSaved();
  }, [started, onSaved]);

  return (
    <>
      <a className="skip-link" href="#main">{m.skipToContent}</a>
      <header className="top-bar">
        <AppLink to="/" className="brand">{m.appName}</AppLink>
        <AppLink to="/about" className="about-link">{m.nav.about}</AppLink>
        <AppLink to="/emergency" className="emergency-link">{m.nav.emergency}</AppLink>
      </header>
      <Notices />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <ScreenErrorBoundary resetKey={path}>
          <Suspense fallback={null}>
            <ScreenView screen={screenOf(path)} onSaved={onSaved} started={started} />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <div className="toasts">
        <PassingNotices />
        {started && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </div>
      <nav className="bottom-nav" aria-label={m.nav.label}>
        {NAV.map((n) => (
          <AppLink key={n.path} to={n.path}>{n.label}</AppLink>
        ))}
      </nav>
    </>
  );
}
