/**
 * A chart's numbers as a table, folded under "<title>: Numbers" and built only when opened. The first
 * cell of each row names it.
 */
import { Disclosure } from '../disclosure';

interface Props {
  summary: string;
  /** Column headings; omit for a plain two-column list. */
  head?: readonly string[];
  rows: readonly (readonly [string, ...(string | number)[]])[];
}

export function NumbersTable({ summary, head, rows }: Props) {
  return (
    <Disclosure summary={summary}>
      {() => (
        <table>
          {head && (
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">{h}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map(([label, ...cells]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Disclosure>
  );
}
