import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard } from '@/lib/articles';
import { Byline } from './byline';
import { formatDate, plural } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';

type Variant = 'lead' | 'default' | 'compact';

export function StoryCard({
  story,
  variant = 'default',
  headingLevel = 3,
  priority = false,
}: {
  story: ArticleCard;
  variant?: Variant;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const t = getMessages(story.locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = routes.article(story.locale, story.slug);
  return (
    <article className={variant === 'lead' ? 'grid gap-4 md:grid-cols-2' : 'flex flex-col gap-2'}>
      {story.image && variant !== 'compact' && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="block overflow-hidden rounded">
          <Image
            src={story.image.src}
            alt=""
            width={story.image.width}
            height={story.image.height}
            sizes={
              variant === 'lead'
                ? '(min-width: 768px) 50vw, 100vw'
                : '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw'
            }
            priority={priority}
            className="aspect-[16/9] w-full object-cover"
          />
        </Link>
      )}
      <div>
        {story.section && variant !== 'compact' && (
          <p className="text-xs font-bold tracking-wide text-accent uppercase">{story.section.name}</p>
        )}
        <Heading
          className={
            variant === 'lead' ? 'text-2xl leading-tight font-extrabold md:text-3xl' : 'text-lg leading-snug font-bold'
          }
        >
          <Link href={href} className="hover:text-accent hover:underline">
            {story.title}
          </Link>
        </Heading>
        {/* "Check also" (compact) keeps the dek, smaller: the summary is what makes a reader follow the link. */}
        {story.dek && (
          <p data-dek className={variant === 'compact' ? 'mt-1 line-clamp-3 text-sm text-muted' : 'mt-1 text-muted'}>
            {story.dek}
          </p>
        )}
        <p className="mt-1 text-xs text-muted">
          {variant !== 'compact' && (story.author || story.credit) && (
            <>
              <Byline
                story={story}
                locale={story.locale}
                linkClassName="inline-flex min-h-6 items-center font-semibold hover:underline"
              />
              {' · '}
            </>
          )}
          <time dateTime={story.publishedAt}>{formatDate(story.locale, story.publishedAt)}</time>
          {story.commentCount > 0 && <> · {plural(story.locale, story.commentCount, t.commentCount)}</>}
        </p>
      </div>
    </article>
  );
}
