/**
 * A link to another screen of the app: a real link (it can be opened in a new tab, and reads as a link),
 * that moves within the app without a page load on an ordinary click.
 */
import type { ReactNode } from 'react';
import type { Path } from '../state/paths';
import { useRoute } from '../state/route-store';

interface Props {
  to: Path;
  className?: string;
  children: ReactNode;
}

export function AppLink({ to, className, children }: Props) {
  const { path, navigate } = useRoute();
  return (
    <a
      href={to}
      className={className}
      aria-current={path === to ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
