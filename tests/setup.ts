import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDatabase } from '../src/storage/connection';
import { forgetLock } from '../src/storage/lock-state';
import { useNotices } from '../src/state/notice-store';
import { useRoute } from '../src/state/route-store';
import { forgetUiState } from '../src/state/forget-ui-state';
import { resetServiceWorkerFake } from './support/pwa-register-fake';

// jsdom does not scroll.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

// Waits are for states, with room for a busy two-core machine: a test must never depend on an idle one.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  // A fresh, empty database for every test.
  const db = resetDatabase();
  await db.delete({ disableAutoOpen: false });
  // As a new page: no keys held from an earlier test.
  forgetLock();
  useNotices.setState({ problem: undefined, undo: undefined, status: undefined });
  forgetUiState();
  localStorage.clear();
  history.replaceState(null, '', '/');
  useRoute.setState({ path: '/' });
  resetServiceWorkerFake();
});

afterEach(() => {
  cleanup();
});
