/**
 * A passphrase field: hidden as typed, and with spelling, correction and capitalisation suggestions off
 * (some browsers send typed text to a server for them). `autoComplete` says whether a password manager
 * should offer a saved passphrase or a new one.
 */
import type { ComponentPropsWithRef } from 'react';

type Props = Omit<ComponentPropsWithRef<'input'>, 'type' | 'autoComplete'> & { autoComplete: 'current-password' | 'new-password' };

export function PassphraseInput(props: Props) {
  return <input {...props} type="password" spellCheck={false} autoCapitalize="off" autoCorrect="off" />;
}
