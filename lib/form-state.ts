/** The one state shape every form action returns (see DESIGN.md). */
export type FormState<Values = Record<string, string>> = {
  status: 'idle' | 'success' | 'invalid' | 'error';
  /** Field name → message already in the person's language. */
  fieldErrors?: Record<string, string>;
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
