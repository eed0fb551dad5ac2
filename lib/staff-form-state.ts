import type { FormState } from './form-state';

/** A staff form's state: it may carry a generated password, shown once to the admin who made it. */
export type StaffFormState = FormState & { password?: string };
