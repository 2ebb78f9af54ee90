/**
 * The synthetic diary the bench and the end-to-end tests import: whatever the hour it is made, nothing in
 * it lies in the future, which an import rightly refuses.
 */
import { describe, expect, it } from 'vitest';
import { syntheticExport } from '../../scripts/synthetic-diary';
import { parseExport } from '../../src/domain/backup';
import { isFuture } from '../../src/domain/record';

describe('the synthetic diary', () => {
  it('holds nothing after the moment it is made, at any hour of the day', () => {
    const midnight = Date.UTC(2026, 10, 27);
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const now = midnight + minutes * 60_000;
      const file = syntheticExport(0.05, now, 7);
      const times = [...file.episodes.flatMap((e) => [e.startedAt, e.createdAt, e.updatedAt]), ...file.checkIns.flatMap((c) => [c.createdAt, c.updatedAt])];
      expect(file.episodes.length).toBeGreaterThan(0);
      expect(times.filter((t) => isFuture(t, now)), `made at ${new Date(now).toISOString()}`).toEqual([]);
      const text = JSON.stringify(file);
      expect(parseExport(text, text.length).ok).toBe(true);
    }
  });
});
