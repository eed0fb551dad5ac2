import Link from 'next/link';
import { Field } from '@/components/ui/field';
import type { Locale } from '@/lib/i18n/config';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { LocaleSelect } from './locale-select';

export type ListFilterValues = {
  status?: string;
  locale?: string;
  section?: number;
  author?: number;
  q?: string;
  sort: string;
};

const control = 'mt-1 block w-full rounded border border-rule bg-card px-2 py-1.5';

/** A GET form: filtering works without JavaScript and every filtered view has a shareable URL. */
export function ArticleListFilters({
  locale,
  values,
  sections,
  authors,
}: {
  locale: Locale;
  values: ListFilterValues;
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
}) {
  const t = getEditorMessages(locale).list;
  return (
    // Keyed by the filters shown: after "Reset" (a client navigation) the fields start again from
    // the new values, as they would on a full page load (uncontrolled selects keep their choice).
    <form
      key={JSON.stringify(values)}
      method="get"
      action="/admin"
      role="search"
      aria-label={t.filters}
      className="mt-4 grid gap-3 rounded border border-rule bg-card p-4 wrap-break-word sm:grid-cols-2 lg:grid-cols-6"
    >
      {values.status && <input type="hidden" name="status" value={values.status} />}
      <Field id="list-q" label={t.search} className="lg:col-span-2">
        {(p) => (
          <input
            {...p}
            name="q"
            type="search"
            defaultValue={values.q ?? ''}
            maxLength={200}
            dir="auto"
            className={control}
          />
        )}
      </Field>
      <Field id="list-locale" label={t.language}>
        {(p) => (
          <LocaleSelect
            {...p}
            name="locale"
            defaultValue={values.locale ?? ''}
            anyLabel={t.anyLanguage}
            className={control}
          />
        )}
      </Field>
      <Field id="list-section" label={t.section}>
        {(p) => (
          <select {...p} name="section" defaultValue={values.section ?? ''} className={control}>
            <option value="">{t.anySection}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {authors.length > 0 && (
        <Field id="list-author" label={t.author}>
          {(p) => (
            <select {...p} name="author" defaultValue={values.author ?? ''} className={control}>
              <option value="">{t.anyAuthor}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="list-sort" label={t.sort}>
        {(p) => (
          <select {...p} name="sort" defaultValue={values.sort} className={control}>
            <option value="updated">{t.sortUpdated}</option>
            <option value="published">{t.sortPublished}</option>
            <option value="title">{t.sortTitle}</option>
          </select>
        )}
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-accent-ink">
          {getAdminMessages(locale).apply}
        </button>
        <Link href="/admin" className="rounded border border-rule px-4 py-1.5 hover:border-accent">
          {t.reset}
        </Link>
      </div>
    </form>
  );
}
