/**
 * Starting a run of the wizard: a new dated set for the symptom answers, and the profile set to fill in
 * (or to change, when asked), reused rather than copied.
 */
import type { Checked } from '../../domain/record';
import { latestAnswerSet } from '../../storage/answer-queries';
import { addAnswerSet } from '../../storage/answer-sets';
import type { WizardRun } from '../../state/wizard-store';

export async function startRun(options: { editProfile: boolean }): Promise<Checked<WizardRun>> {
  const existing = await latestAnswerSet('profile');
  const profile = existing ? { ok: true as const, value: existing } : await addAnswerSet('profile');
  if (!profile.ok) return profile;
  const symptoms = await addAnswerSet('symptoms');
  if (!symptoms.ok) return symptoms;
  const includeProfile = options.editProfile || profile.value.completedAt === undefined;
  return { ok: true, value: { profileSetId: profile.value.id, symptomsSetId: symptoms.value.id, includeProfile, step: 0 } };
}
