/**
 * Why an action did not do what was asked, beyond field errors. Client components branch on
 * the code, never on the wording of `message`.
 */
export type ActionCode =
  'signed-out' | 'forbidden' | 'not-found' | 'conflict' | 'confirm-live' | 'throttled' | 'unavailable' | 'failed';

/** The one state shape every form action returns (see DESIGN.md). */
export type FormState<Values = Record<string, string>> = {
  status: 'idle' | 'success' | 'invalid' | 'error';
  code?: ActionCode;
  /** Field name → message already in the person's language. */
  fieldErrors?: Record<string, string>;
  /** Already in the person's language. */
  message?: string;
  /** What was typed, so nothing is lost when the form comes back with errors. */
  values?: Partial<Values>;
};

export const idleState: FormState = { status: 'idle' };

/** Plain string values of a FormData (files and repeated keys are read separately). */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}
