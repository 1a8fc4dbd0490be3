import { DISCIPLINE_FORM_LABELS, type DisciplineFormCode } from './case.labels';
import type { CaseOptions } from './case.types';

const RESTRICTION_NOTES = {
  elected_cadres_only: 'chỉ áp dụng với cán bộ dân cử',
  leaders_only: 'chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý',
} as const;

/**
 * The proposed form's choices: every form of the decree, those the API says cannot be applied to this person disabled
 * with the reason; before the API has answered, every form is offered (the API still refuses at submission).
 */
export function formChoicesOf(options: CaseOptions | undefined): Array<{ value: string; label: string; disabled: boolean }> {
  return (Object.keys(DISCIPLINE_FORM_LABELS) as DisciplineFormCode[]).map((form) => {
    const restriction = options?.forms.find((option) => option.form === form)?.restriction ?? null;
    const label = DISCIPLINE_FORM_LABELS[form];
    return restriction
      ? { value: form, label: `${label} (${RESTRICTION_NOTES[restriction]})`, disabled: true }
      : { value: form, label, disabled: false };
  });
}

/** The API's limitation warnings for the chosen findings under the chosen form (none before a form is chosen). */
export function limitationWarningsFor(options: CaseOptions | undefined, form: string | undefined): string[] {
  if (!options || !form) return [];
  return options.forms.find((option) => option.form === form)?.warnings.map((warning) => warning.message) ?? [];
}
