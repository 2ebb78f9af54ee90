/**
 * One wizard question as the right control: choices, a number or a 0-10 scale.
 */
import { clinical } from '../../i18n/clinical';
import { questionLimit, type AnswerValue, type Question } from '../../domain/guidance/questions';
import { ChoiceGroup } from '../../ui/choice-group';
import { NumberField } from '../../ui/number-field';
import { ScaleField } from '../../ui/scale-field';
import type { SaveResult } from '../../ui/use-optimistic-value';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  /** A number, a chosen option, or (multi) the option to toggle; undefined clears a number. */
  onAnswer: (value: string | number | undefined) => SaveResult;
}

export function QuestionField({ question, value, onAnswer }: Props) {
  const text = clinical.questions[question.id];
  const choices = (question.options ?? []).map((o) => ({ value: o, label: text.options?.[o] ?? o }));
  switch (question.kind) {
    case 'single':
      return <ChoiceGroup legend={text.text} hint={text.hint} columns={choices.length > 3 ? 1 : choices.length === 3 ? 3 : 2} choices={choices} value={typeof value === 'string' ? value : undefined} onChange={onAnswer} />;
    case 'multi':
      return <ChoiceGroup multiple legend={text.text} hint={text.hint} columns={1} choices={choices} value={Array.isArray(value) ? value : []} onChange={onAnswer} />;
    case 'number':
      return <NumberField label={text.text} hint={text.hint} value={typeof value === 'number' ? value : undefined} limit={questionLimit(question)} onChange={onAnswer} />;
    case 'scale':
      return <ScaleField legend={text.text} hint={text.hint} limit={questionLimit(question)} value={typeof value === 'number' ? value : undefined} onChange={onAnswer} />;
  }
}
