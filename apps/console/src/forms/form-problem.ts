import { isProblem } from '../api/problem';
import { problemMessage } from '../api/problem.messages';

/** What a refused command shows: errors on the form's own fields, and anything else as one message. */
export interface FormErrors {
  fields: Array<{ name: string; errors: string[] }>;
  message?: string;
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * The API's field names the form shows: either the same names, or the API's field (a path such as `to.unitId`) to
 * the form's own field name.
 */
export type FormFieldNames = readonly string[] | Readonly<Record<string, string>>;

function formFieldOf(fields: FormFieldNames, apiField: string): string | undefined {
  if (Array.isArray(fields)) return fields.includes(apiField) ? apiField : undefined;
  const named = fields as Readonly<Record<string, string>>;
  return Object.hasOwn(named, apiField) ? named[apiField] : undefined;
}

/**
 * The API's answer to a command (RFC 7807, with `errors: [{ field, reason }]` on a 400 or a 422, each reason in
 * Vietnamese) turned into the form's field errors, each reason as a sentence; a field the form does not have, or a
 * problem without fields (a refusal, a conflict, a failure), becomes the message. The review of a finding, the case
 * steps and the task recording forms use it.
 */
export function formErrorsOf(error: unknown, formFields: FormFieldNames): FormErrors {
  if (!isProblem(error, 400, 422)) return { fields: [], message: problemText(error) };
  const { problem } = error;
  const byField = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const { field, reason: given } of problem.errors ?? []) {
    const reason = capitalised(given);
    const name = formFieldOf(formFields, field);
    if (name !== undefined) {
      const reasons = byField.get(name) ?? [];
      if (reason && !reasons.includes(reason)) reasons.push(reason);
      byField.set(name, reasons);
    } else elsewhere.push(field ? `${field}: ${reason}` : reason);
  }
  const fields = [...byField].map(([name, errors]) => ({ name, errors: errors.length > 0 ? errors : [problemText(error)] }));
  if (fields.length > 0 && elsewhere.length === 0) return { fields };
  return { fields, message: elsewhere.length > 0 && fields.length > 0 ? elsewhere.join('; ') : problemText(error) };
}

/** A problem as one sentence: the API's Vietnamese detail when it gave one, else what the console says of its status. */
export function problemText(error: unknown): string {
  if (isProblem(error) && error.problem.detail) return error.problem.detail;
  const message = problemMessage(error);
  return `${message.title}. ${message.explanation}`;
}
