import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/**
 * Structured data for search engines: one `<script type="application/ld+json">` per object,
 * escaped so no text inside can end the element (lib/seo/json-ld.ts).
 */
export function JsonLd({ data }: { data: readonly WithContext<Thing>[] }) {
  return data.map((item, index) => (
    <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
  ));
}
