import type { ComponentProps } from 'react';
import { localeNames, locales } from '@/lib/i18n/config';

/** A select of the site's languages, each named in itself; `anyLabel` adds a first, empty choice. */
export function LocaleSelect({ anyLabel, ...props }: ComponentProps<'select'> & { anyLabel?: string }) {
  return (
    <select {...props}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {locales.map((l) => (
        <option key={l} value={l} lang={l}>
          {localeNames[l]}
        </option>
      ))}
    </select>
  );
}
