import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { can, type Permission } from '../auth/permissions';
import { getStaff, type Staff } from '../auth/session';
import { formValues, type FormState } from '../form-state';
import { getActionMessages } from '../i18n/action-messages';
import { defaultLocale, negotiateLocale, type Locale } from '../i18n/config';
import { log } from '../log';
import type { FieldErrors } from '../result';
import { fieldErrorsFromZod } from '../validation';

/** Who may call an action: staff with a permission, or anyone (comment, sign-in). */
export type Access = Permission | 'public';

export type ActionContext<A extends Access> = {
  /** The signed-in staff member, re-read from the database for this request. */
  actor: A extends 'public' ? null : Staff;
  /** The language every message of this action is written in. */
  locale: Locale;
  /** What was typed (the string fields of a FormData argument, passwords left out), to give back with any error. */
  values: Record<string, string>;
};

export type ActionSpec<A extends Access, Args extends unknown[], S extends z.ZodType, F> = {
  /** For logs; also what the action inventory test reports. */
  name: string;
  access: A;
  /** Parses what `input` returns; its issues become localized field errors. */
  schema: S;
  /** The raw value to parse, from the action's arguments (bound ids first, then form data). */
  input: (...args: Args) => unknown;
  /** The language of a public action (staff actions speak the staff member's language). */
  locale?: (...args: Args) => Locale | Promise<Locale>;
  /** A field's error code in words; unanswered codes get the generic sentence. */
  describe?: (field: string, code: string, locale: Locale) => string | undefined;
  /** Field name the form uses for an issue path (default: the path joined with dots). */
  fieldKey?: (path: PropertyKey[]) => string | null;
  /** The summary shown above the form when fields are refused. */
  invalidMessage?: (locale: Locale) => string | undefined;
  /**
   * For actions that answer something other than a form state, or answer a browser without
   * JavaScript by a redirect: what a refusal becomes (it receives the action's arguments too).
   */
  refused?: (state: FormState, ...args: Args) => F | Promise<F>;
};

const pipelineActions = new WeakSet<object>();

/** True for a function made by `action()`: the inventory test checks every exported action. */
export function isPipelineAction(fn: unknown): boolean {
  return typeof fn === 'function' && pipelineActions.has(fn);
}

/** What was typed, to put back in the form: never a password, which is typed again. */
function typedBack(form: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formValues(form)).filter(([key]) => !/password/i.test(key)));
}

async function requestLocale(): Promise<Locale> {
  return negotiateLocale((await headers()).get('accept-language'), defaultLocale());
}

/** Field codes → sentences in `locale`: the action's own words first, then the generic ones. */
export function describeFieldErrors(
  errors: FieldErrors<string, string>,
  locale: Locale,
  describe?: (field: string, code: string, locale: Locale) => string | undefined,
): Record<string, string> {
  const generic = getActionMessages(locale).fields;
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(errors)) {
    if (!code) continue;
    out[field] =
      describe?.(field, code, locale) ??
      (code === 'required' ? generic.required : code === 'too-long' ? generic.tooLong : generic.invalid);
  }
  return out;
}

/**
 * The one way a server action is written. In order: authenticate and authorize (every call),
 * parse the input with zod (issues become field errors in the caller's language, with what was
 * typed given back), run the handler, and turn an unexpected failure into a logged, generic
 * message. Next's own control flow (redirect, notFound, forbidden) passes through untouched.
 *
 *   export const renameTagAction = action(
 *     { name: 'renameTag', access: 'taxonomy.manage', schema: tagRenameSchema,
 *       input: (id: number, _prev: FormState, form: FormData) => ({ id, ...formValues(form) }) },
 *     async (input, { actor }) => toState(await renameTag(getDb(), actor, input)),
 *   );
 */
export function action<A extends Access, Args extends unknown[], S extends z.ZodType, R, F = FormState>(
  spec: ActionSpec<A, Args, S, F>,
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<R>,
): (...args: Args) => Promise<R | F> {
  const refused = spec.refused ?? ((state: FormState) => state as F);
  const run = async (...args: Args): Promise<R | F> => {
    const form = args.find((arg): arg is FormData => arg instanceof FormData);
    const values = form ? typedBack(form) : {};
    let actor: Staff | null = null;
    let locale: Locale;
    if (spec.access === 'public') {
      locale = spec.locale ? await spec.locale(...args) : await requestLocale();
    } else {
      actor = await getStaff();
      if (!actor) {
        const t = getActionMessages(await requestLocale());
        return refused({ status: 'error', code: 'signed-out', message: t.signedOut, values }, ...args);
      }
      locale = actor.preferredLocale;
      if (!can(actor.role, spec.access)) {
        return refused(
          { status: 'error', code: 'forbidden', message: getActionMessages(locale).forbidden, values },
          ...args,
        );
      }
    }
    const parsed = spec.schema.safeParse(spec.input(...args));
    if (!parsed.success) {
      const fieldErrors = describeFieldErrors(fieldErrorsFromZod(parsed.error, spec.fieldKey), locale, spec.describe);
      return refused({ status: 'invalid', fieldErrors, message: spec.invalidMessage?.(locale), values }, ...args);
    }
    try {
      return await handler(parsed.data, { actor, locale, values } as ActionContext<A>);
    } catch (error) {
      unstable_rethrow(error);
      log.error({ err: error, scope: 'action', action: spec.name, userId: actor?.id }, 'action failed');
      return refused(
        { status: 'error', code: 'failed', message: getActionMessages(locale).genericError, values },
        ...args,
      );
    }
  };
  pipelineActions.add(run);
  return run;
}
