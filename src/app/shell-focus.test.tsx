/**
 * The keyboard focus on the page's first paint survives the app's first render of the same screen: each
 * element of the shell a person can focus names its twin on the app's Log screen, which takes the focus.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { shellHtml } from '../../scripts/bedside-shell';
import { messages as m } from '../i18n/messages';
import { shellFocus } from './shell-focus';
import { Start } from './start';

const describeEl = (el: Element | null) => (el ? `${el.tagName} ${el.id === 'main' ? '#main' : el.textContent}` : 'nothing');

describe('the focus on the first paint', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  const shellRoot = () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = shellHtml(m);
    document.body.appendChild(root);
    return root;
  };
  const focusable = [...new DOMParser().parseFromString(shellHtml(m), 'text/html').querySelectorAll('a, button, main')].map((el, index) => ({ index, name: describeEl(el).slice(0, 40) }));

  it.each(focusable)('moves to the same element of the app\'s Log screen: $name', ({ index }) => {
    const root = shellRoot();
    const el = root.querySelectorAll<HTMLElement>('a, button, main')[index]!;
    el.focus();
    expect(document.activeElement).toBe(el);
    const before = describeEl(el);
    render(<Start root={root} />, { container: root });
    expect(el.isConnected).toBe(false);
    expect(describeEl(document.activeElement)).toBe(before);
    expect(root.contains(document.activeElement)).toBe(true);
  });

  it('names nothing when the focus is elsewhere', () => {
    const root = shellRoot();
    expect(shellFocus(root)).toBeUndefined();
  });
});
