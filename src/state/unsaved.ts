/**
 * Typed text that is not stored yet: a save that failed, a number out of range, a note changed elsewhere
 * while it was being typed. Each such draft is kept in localStorage until it is saved (so a reload, a
 * crash or leaving the screen never loses it), and while any exists, leaving the screen asks first.
 *
 * Numbers are committed when the field is left (not keystroke by keystroke, so 700 never stores 70 on the
 * way); `flushFields` commits every field still being typed, before an update reloads the app.
 */
import { KEY_PREFIX, uiKeys, uiStorage } from './local-storage';

const DRAFT_PREFIX = `${KEY_PREFIX}draft:`;
const unsaved = new Set<string>();
const flushers = new Set<() => unknown>();

/** The kept draft of one field, if any. */
export function readDraft(key: string): string | undefined {
  return uiStorage().getItem(DRAFT_PREFIX + key) ?? undefined;
}

/** True when a draft is kept for any field whose key starts with `prefix` (one record's fields). */
export function hasDraftsFor(prefix: string): boolean {
  return uiKeys().some((key) => key.startsWith(DRAFT_PREFIX + prefix));
}

/** Marks a field's text as not stored, and keeps it. */
export function keepDraft(key: string, text: string): void {
  unsaved.add(key);
  try {
    uiStorage().setItem(DRAFT_PREFIX + key, text);
  } catch {
    // localStorage full or refused: the text stays on screen, and leaving still asks first.
  }
}

/** The field's text is stored (or was given up): forget the draft. */
export function dropDraft(key: string): void {
  unsaved.delete(key);
  uiStorage().removeItem(DRAFT_PREFIX + key);
}

/** True while a field on screen holds text that is not stored. */
export const hasUnsavedDrafts = () => unsaved.size > 0;

/** The field left the screen: its draft stays kept on the device, and no longer holds up leaving. */
export function releaseDraft(key: string): void {
  unsaved.delete(key);
}

/** Forgets every draft (deleting everything, and between tests). */
export function forgetDrafts(): void {
  unsaved.clear();
}

/** Registers a field that commits on leaving; returns the unregister function. */
export function registerFlush(flush: () => unknown): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Commits every field still being typed. */
export function flushFields(): void {
  for (const flush of flushers) flush();
}
