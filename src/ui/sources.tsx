/**
 * The references behind a statement, folded away under "Sources".
 */
import { clinical } from '../i18n/clinical';
import type { RefId } from '../domain/guidance/rules';
import { screens } from '../i18n/screens';

export function Sources({ ids }: { ids: readonly RefId[] }) {
  if (ids.length === 0) return null;
  return (
    <details className="sources">
      <summary>{screens.guide.sources} ({ids.join(', ')})</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            {id}: {clinical.references[id]}
          </li>
        ))}
      </ul>
    </details>
  );
}
