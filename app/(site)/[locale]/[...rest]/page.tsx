import { notFound } from 'next/navigation';
import { BUILD_SENTINEL } from '@/lib/i18n/params';

export function generateStaticParams() {
  return [{ rest: [BUILD_SENTINEL] }];
}

/** Any other path under a locale is a localized 404 (rendered by ../not-found.tsx). */
export default function UnknownPage() {
  notFound();
}
