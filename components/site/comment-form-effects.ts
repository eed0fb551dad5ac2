import { useEffect, useEffectEvent } from 'react';
import type { PublicComment } from '@/lib/articles/types';
import type { Challenge } from '@/lib/captcha';
import type { Locale } from '@/lib/i18n/config';

/**
 * Asks, once in the browser, for what a cached article page cannot carry: a fresh question for
 * this view and the reader's own pending comments. `target` null: the page brought its own.
 */
export function useFreshQuestion(
  target: { articleId: number; locale: Locale } | null,
  onAnswer: (data: { challenge: Challenge; mine: PublicComment[] }) => void,
) {
  const answer = useEffectEvent(onAnswer);
  const articleId = target?.articleId;
  const locale = target?.locale;
  useEffect(() => {
    if (articleId === undefined || !locale) return;
    const controller = new AbortController();
    fetch(`/api/comment-form?article=${articleId}&locale=${locale}`, { signal: controller.signal, cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { challenge: Challenge; mine: PublicComment[] } | null) => {
        if (data) answer(data);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [articleId, locale]);
}

/** "Reply" links under comments (`a[data-reply-to]`) pick the parent in place of following the link. */
export function useReplyLinks(enabled: boolean, onReply: (reply: { id: number; name: string }) => void) {
  const reply = useEffectEvent(onReply);
  useEffect(() => {
    if (!enabled) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-reply-to]');
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      reply({ id: Number(link.dataset.replyTo), name: link.dataset.replyName ?? '' });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [enabled]);
}
