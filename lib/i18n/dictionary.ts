/**
 * Dictionaries: every string a person reads, in each language of the locale table (./locales.ts).
 *
 * Layout. A namespace is one screen or family of screens (`messages` for reader pages,
 * `comment-messages`, `admin-editor`…). `lib/i18n/<namespace>.ts` declares its type and its
 * getter (`getEditorMessages(locale)`); `lib/i18n/<locale>/<namespace>.ts` holds that language's
 * strings (`export const fr: EditorMessages = { … }`). A new language is a new folder plus its
 * entry in the locale table: each namespace's `Dictionary<T>` then fails the type check until the
 * language's file is imported there, and a missing key fails it too.
 *
 * Interpolation. Strings are plain data, never functions, so a server component can hand a
 * client component its language's strings only. A value goes where `{name}` stands, through
 * `fill(template, { name })` (./format.ts), which isolates it in a right-to-left sentence.
 *
 * Counts. A number of things shown to a person ("3 comments") is a `PluralForms` (./messages.ts)
 * given to `plural(locale, count, forms)` (./format.ts): Intl.PluralRules picks the category
 * (Arabic has six: zero, one, two, few, many, other) and `{count}` becomes the localized number.
 *
 * Client components. A server component picks the strings (`getCommentMessages(locale)`) and
 * passes them as a prop; a client component that imports a getter ships every language. The
 * exceptions are the error boundaries and the 404 page, which get no locale from the server. The
 * article editor's parts share one language's strings through a context (getEditorStrings on the
 * server, useEditorStrings in the browser).
 */
import type { Locale } from './locales';

/** One namespace's strings in every language of the locale table. */
export type Dictionary<T> = Record<Locale, T>;
