/** The services a story can be shared to, in the order the share box lists them. */
export const SHARE_TARGETS = ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'email'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

export type SharedPage = {
  /** The page's canonical, absolute address: no tracking parameters are ever added. */
  url: string;
  title: string;
};

const q = encodeURIComponent;

/**
 * Each service's own share address, as a plain link: nothing loads from the service until the
 * reader follows it, and the service learns only the page's address and headline. Encoded with
 * encodeURIComponent, not URLSearchParams, whose `+` for a space is a literal `+` in `mailto:`.
 */
export function shareHref(target: ShareTarget, page: SharedPage): string {
  switch (target) {
    case 'x':
      return `https://x.com/intent/post?text=${q(page.title)}&url=${q(page.url)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${q(page.url)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${q(`${page.title} ${page.url}`)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${q(page.url)}&text=${q(page.title)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${q(page.url)}`;
    case 'email':
      return `mailto:?subject=${q(page.title)}&body=${q(page.url)}`;
  }
}
