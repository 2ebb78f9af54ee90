/**
 * A native <details> whose contents are built only once it is opened: long number tables cost nothing
 * until someone asks for them.
 */
import { useState, type ReactNode } from 'react';

export function Disclosure({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
