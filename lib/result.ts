// The one shape every `lib` write answers with. An expected refusal (no permission, not found,
// a stale version, invalid input) is a value, never an exception; only bugs and outages throw.
// Zod-free, so client components may import its types.

/** Why a field was refused. Each screen turns the code into a sentence in the person's language. */
export type FieldErrorCode = 'required' | 'too-long' | 'invalid' | 'invalid-url' | 'taken' | 'locked';

/** Field (a dotted path for nested values, e.g. `name.ar`) → code. */
export type FieldErrors<Field extends string = string, Code extends string = FieldErrorCode> = Partial<
  Record<Field, Code>
>;

export type Ok<Value extends object = object> = { ok: true } & Value;

export type Refused<
  Reason extends string = string,
  Field extends string = string,
  Code extends string = FieldErrorCode,
> =
  | { ok: false; reason: Exclude<Reason, 'invalid'> }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors<Field, Code> };

/**
 * `Result<{ article: A; invalidate: string[] }, 'forbidden' | 'not-found'>` — the value on
 * success, a typed reason otherwise; `'invalid'` always carries field errors.
 */
export type Result<
  Value extends object = object,
  Reason extends string = 'forbidden' | 'not-found' | 'invalid',
  Field extends string = string,
  Code extends string = FieldErrorCode,
> = Ok<Value> | Refused<Reason, Field, Code>;

export function ok(): Ok;
export function ok<Value extends object>(value: Value): Ok<Value>;
export function ok(value: object = {}): Ok {
  return { ok: true, ...value };
}

export function refuse<Reason extends string>(reason: Exclude<Reason, 'invalid'>): { ok: false; reason: Reason } {
  return { ok: false, reason } as { ok: false; reason: Reason };
}

export function invalid<Field extends string, Code extends string = FieldErrorCode>(
  fieldErrors: FieldErrors<Field, Code>,
): { ok: false; reason: 'invalid'; fieldErrors: FieldErrors<Field, Code> } {
  return { ok: false, reason: 'invalid', fieldErrors };
}
