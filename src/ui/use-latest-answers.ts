/**
 * The person's latest guidance answers (profile and symptoms together), for reading episodes against.
 */
import { combineAnswers } from '../domain/guidance/answers';
import type { Answers } from '../domain/guidance/questions';
import { useGuidanceAnswers } from '../storage/live';

export function useLatestAnswers(): Answers | undefined {
  const data = useGuidanceAnswers();
  return data && combineAnswers(data.profile, data.symptoms);
}
