import type { Locale } from '@/lib/i18n/config';
import type { LiveMessages } from '@/lib/i18n/admin-live';
import { bodyText, diffWords, unchanged, type DiffPart } from '@/lib/text-diff';

type Content = { title: string; dek: string; body: string };

function Parts({ parts, t }: { parts: DiffPart[]; t: LiveMessages['revisions'] }) {
  return parts.map((part, i) =>
    part.kind === 'same' ? (
      <span key={i}>{part.text}</span>
    ) : part.kind === 'removed' ? (
      <del key={i} className="bg-accent/10 text-accent decoration-2">
        <span className="sr-only">[{t.removed} </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    ) : (
      <ins key={i} className="bg-focus/15 decoration-2">
        <span className="sr-only">[{t.added} </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    ),
  );
}

/**
 * What restoring a revision changes, field by field, from the current version to the revision:
 * title, standfirst and body text, word by word. Rendered on the server; reads without JavaScript.
 */
export function RevisionDiff({
  t,
  articleLocale,
  current,
  revision,
  headingId,
}: {
  t: LiveMessages['revisions'];
  articleLocale: Locale;
  current: Content;
  revision: Content;
  headingId: string;
}) {
  const fields = [
    { key: 'title', label: t.fields.title, parts: diffWords(current.title, revision.title) },
    { key: 'dek', label: t.fields.dek, parts: diffWords(current.dek, revision.dek) },
    { key: 'body', label: t.fields.body, parts: diffWords(bodyText(current.body), bodyText(revision.body)) },
  ];
  const same = fields.every((f) => unchanged(f.parts));
  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <h3 id={headingId} className="text-lg font-extrabold">
        {t.diffTitle}
      </h3>
      {same ? (
        <p>{t.noChanges}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t.diffHint}</p>
          <dl className="grid gap-3">
            {fields.map((field) => (
              <div key={field.key} className="grid gap-1">
                <dt className="font-semibold">{field.label}</dt>
                <dd>
                  {unchanged(field.parts) ? (
                    <span className="text-muted">{t.unchanged}</span>
                  ) : (
                    <p
                      lang={articleLocale}
                      dir="auto"
                      // A long body scrolls in place; focusable so the keyboard can scroll it too.
                      tabIndex={field.key === 'body' ? 0 : undefined}
                      className={`rounded border border-rule bg-paper p-3 whitespace-pre-wrap ${field.key === 'body' ? 'max-h-96 overflow-y-auto' : ''}`}
                    >
                      <Parts parts={field.parts} t={t} />
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
