/**
 * Entry point: opens the database, reports connection problems to the notices, and renders the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onConnectionProblem, openDatabase } from '../storage/connection';
import { useNotices } from '../state/notice-store';
import { Start } from './start';
import '../ui/styles.css';

onConnectionProblem((problem) => useNotices.getState().showProblem(problem));
void openDatabase();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Start root={root} />
    </StrictMode>,
  );
}
