/**
 * The person's latest guidance answers (profile and symptoms together), for reading episodes against.
 */
import type { Answers } from '../domain/guidance/questions';
import { useGuidanceAnswers } from '../storage/live';

export function useLatestAnswers(): Answers | undefined {
  const data = useGuidanceAnswers();
  return data && { ...data.profile?.answers, ...data.symptoms?.answers };
}
