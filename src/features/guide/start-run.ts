/**
 * Starting a run of the wizard: a new dated set for the symptom answers, and the profile set to fill in
 * (or to change, when asked), reused rather than copied.
 */
import { latestAnswerSet } from '../../storage/answer-queries';
import { createAnswerSet } from '../../storage/answer-sets';
import type { WizardRun } from '../../state/wizard-store';

export async function startRun(options: { editProfile: boolean }): Promise<WizardRun> {
  const profile = (await latestAnswerSet('profile')) ?? (await createAnswerSet('profile'));
  const symptoms = await createAnswerSet('symptoms');
  const includeProfile = options.editProfile || profile.completedAt === undefined;
  return { profileSetId: profile.id, symptomsSetId: symptoms.id, includeProfile, step: 0 };
}
