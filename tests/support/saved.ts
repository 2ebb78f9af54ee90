import type { Checked } from '../../src/domain/record';

/** The record a checked write saved; fails the test, naming the problem, when it was refused. */
export function saved<T>(result: Checked<T>): T {
  if (!result.ok) throw new Error(`Refused: ${result.problem.field} (${result.problem.reason})`);
  return result.value;
}
