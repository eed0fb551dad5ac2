import { ShareButtons } from '@/components/site/share-buttons';
import { SHARE_PILL as pill } from '@/components/site/share-pill';
import type { Locale } from '@/lib/i18n/config';
import { getShareMessages } from '@/lib/i18n/share';
import { SHARE_TARGETS, shareHref, type SharedPage } from '@/lib/share/links';

/**
 * "Share this story": plain links to each service (no script of theirs, nothing loaded until a
 * reader follows one), then, with JavaScript, "copy link" and the phone's own share sheet. The
 * row follows the page's direction, so it reads from the right in Arabic.
 */
export function ShareBox({ locale, page }: { locale: Locale; page: SharedPage }) {
  const t = getShareMessages(locale);
  return (
    <section aria-labelledby="share-heading" className="mt-8 border-t border-rule pt-4" data-share>
      <h2 id="share-heading" className="mb-3 text-sm font-bold text-muted">
        {t.heading}
      </h2>
      <ShareButtons page={page} strings={{ copy: t.copy, copied: t.copied, copyFailed: t.copyFailed, more: t.more }}>
        {SHARE_TARGETS.map((target) => {
          const email = target === 'email';
          return (
            <li key={target}>
              <a
                href={shareHref(target, page)}
                className={pill}
                data-share-target={target}
                {...(email ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
              >
                {t.targets[target]}
                {!email && <span className="sr-only"> {t.newTab}</span>}
              </a>
            </li>
          );
        })}
      </ShareButtons>
    </section>
  );
}
