import Link from 'next/link';
import type { MenuLink } from '@/lib/menus';

/** One link of a reader menu: our own pages through Next's Link, other sites as plain links. */
export function MenuAnchor({ link, current, className }: { link: MenuLink; current?: boolean; className: string }) {
  if (link.external)
    return (
      <a href={link.href} rel="noopener" dir="auto" className={className}>
        {link.label}
      </a>
    );
  return (
    <Link href={link.href} aria-current={current ? 'page' : undefined} dir="auto" className={className}>
      {link.label}
    </Link>
  );
}
