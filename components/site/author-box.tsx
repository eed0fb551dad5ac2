import Image from 'next/image';
import Link from 'next/link';
import type { MediaRef } from '@/db/schema';
import type { ArticlePage } from '@/lib/articles/types';
import type { Locale } from '@/lib/i18n/config';
import { socialName } from '@/lib/identity/identity';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { sentenceWithName } from './isolated-name';

/**
 * At the end of a story: who wrote it, their biography in the story's language and their
 * profiles elsewhere. Only when there is something to say beyond the byline.
 */
export function AuthorBox({ article, locale }: { article: ArticlePage; locale: Locale }) {
  const profile = article.authorProfile;
  if (!article.author || !profile || (!profile.bio && profile.social.length === 0 && !profile.photo)) return null;
  const t = getMessages(locale);
  return (
    <section aria-labelledby="about-author" data-author-box className="mt-8 border-t border-rule pt-5">
      {profile.photo && <AuthorPhoto photo={profile.photo} size={64} className="float-start me-4 mb-2" />}
      <h2 id="about-author" className="text-lg font-extrabold">
        <Link
          href={routes.author(locale, article.author.slug)}
          className="inline-flex min-h-11 items-center hover:underline sm:min-h-6"
        >
          {sentenceWithName(t.aboutAuthor, article.author.name)}
        </Link>
      </h2>
      {profile.bio && <p className="mt-2 whitespace-pre-line text-muted">{profile.bio}</p>}
      {profile.social.length > 0 && <ProfileLinks links={profile.social} />}
      <div className="clear-both" />
    </section>
  );
}

/**
 * An author's photo, round, beside their name (which names them: the image itself is decorative,
 * `alt=""`). A variant of the upload near the size shown, via the image loader.
 */
export function AuthorPhoto({ photo, size, className = '' }: { photo: MediaRef; size: number; className?: string }) {
  return (
    <Image
      src={photo.src}
      width={size}
      height={size}
      sizes={`${size}px`}
      alt=""
      data-author-photo
      className={`aspect-square rounded-full object-cover ${className}`.trim()}
      style={{ width: size, height: size }}
    />
  );
}

/**
 * Profiles elsewhere, named by network: a person's, or the publication's own in the footer
 * (`rel="me"`: they are the same publication).
 */
export function ProfileLinks({
  links,
  me = false,
  className = 'mt-2 text-sm',
}: {
  links: string[];
  me?: boolean;
  className?: string;
}) {
  return (
    <ul className={`flex flex-wrap gap-x-4 ${className}`.trim()}>
      {links.map((url) => (
        <li key={url}>
          <a
            href={url}
            rel={me ? 'me noopener' : 'noopener'}
            className={`inline-flex min-h-11 min-w-11 items-center justify-center underline hover:text-accent${me ? '' : ' sm:min-h-6 sm:min-w-6'}`}
          >
            {socialName(url)}
          </a>
        </li>
      ))}
    </ul>
  );
}
