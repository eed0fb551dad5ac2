import { locales } from '../i18n/config';
import { identityImageFields, type Identity } from './identity';

/**
 * The form's fields: `name.ar`, `tagline.fr`, `footer.en`, `position.ar`, `contactEmail`, `social`,
 * and per image (`logoLight`, `logoDark`, `shareImage`) its media id and, to show it, `logoLight.src`.
 */
export type IdentityFormValues = Record<string, string>;

/** The identity as the form shows it. */
export function identityFormValues(identity: Identity): IdentityFormValues {
  const values: IdentityFormValues = {
    contactEmail: identity.contactEmail,
    social: identity.social.join('\n'),
  };
  for (const locale of locales) {
    values[`name.${locale}`] = identity.name[locale];
    values[`tagline.${locale}`] = identity.tagline[locale];
    values[`footer.${locale}`] = identity.footer[locale];
    values[`position.${locale}`] = String(identity.languageOrder.indexOf(locale) + 1);
  }
  for (const field of identityImageFields) {
    values[field] = identity[field] ? String(identity[field].id) : '';
    values[`${field}.src`] = identity[field]?.src ?? '';
  }
  return values;
}
