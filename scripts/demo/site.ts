import type { DemoAuthorKey, DemoLocale, DemoSectionKey, DemoStory } from './types';

type Localized = Record<DemoLocale, string>;

export const sections: { key: DemoSectionKey; names: Localized; slugs: Localized; descriptions: Localized }[] = [
  {
    key: 'politics',
    names: { en: 'Politics', fr: 'Politique', ar: 'سياسة' },
    slugs: { en: 'politics', fr: 'politique', ar: 'سياسة' },
    descriptions: {
      en: 'Parliament, elections and the people who govern the region.',
      fr: 'Parlement, élections et celles et ceux qui gouvernent la région.',
      ar: 'البرلمان والانتخابات ومن يحكمون المنطقة.',
    },
  },
  {
    key: 'economy',
    names: { en: 'Economy', fr: 'Économie', ar: 'اقتصاد' },
    slugs: { en: 'economy', fr: 'economie', ar: 'اقتصاد' },
    descriptions: {
      en: 'Jobs, prices, trade and the businesses behind them.',
      fr: 'Emploi, prix, commerce et les entreprises qui les portent.',
      ar: 'التشغيل والأسعار والتجارة والشركات التي تقف وراءها.',
    },
  },
  {
    key: 'culture',
    names: { en: 'Culture', fr: 'Culture', ar: 'ثقافة' },
    slugs: { en: 'culture', fr: 'culture', ar: 'ثقافة' },
    descriptions: {
      en: 'Festivals, books, cinema and music.',
      fr: 'Festivals, livres, cinéma et musique.',
      ar: 'المهرجانات والكتب والسينما والموسيقى.',
    },
  },
  {
    key: 'environment',
    names: { en: 'Environment', fr: 'Environnement', ar: 'بيئة' },
    slugs: { en: 'environment', fr: 'environnement', ar: 'بيئة' },
    descriptions: {
      en: 'Water, climate and the land we live on.',
      fr: 'L’eau, le climat et la terre où nous vivons.',
      ar: 'الماء والمناخ والأرض التي نعيش عليها.',
    },
  },
  {
    key: 'technology',
    names: { en: 'Technology', fr: 'Technologie', ar: 'تكنولوجيا' },
    slugs: { en: 'technology', fr: 'technologie', ar: 'تكنولوجيا' },
    descriptions: {
      en: 'Start-ups, networks and the digital public square.',
      fr: 'Start-up, réseaux et espace public numérique.',
      ar: 'الشركات الناشئة والشبكات والفضاء العام الرقمي.',
    },
  },
];

export const authors: {
  key: DemoAuthorKey;
  name: string;
  /** Names for readers of one language, where the default name is in another script. */
  names: Partial<Localized>;
  slug: string;
  email: string;
  role: 'editor' | 'author';
  locale: DemoLocale;
  bio: Localized;
  /** Profiles elsewhere (https), shown on the author page and under their stories. */
  social?: string[];
}[] = [
  {
    key: 'leila',
    name: 'Leila Haddad',
    names: { ar: 'ليلى حداد' },
    slug: 'leila-haddad',
    email: 'leila@maydan.example',
    role: 'editor',
    locale: 'ar',
    social: ['https://x.com/leilahaddad_example', 'https://bsky.app/profile/leilahaddad.example.org'],
    bio: {
      en: 'Leila Haddad is Maydan’s politics editor. She has covered parliament for twelve years.',
      fr: 'Leila Haddad dirige la rubrique politique de Maydan. Elle couvre le Parlement depuis douze ans.',
      ar: 'ليلى حداد محررة الشؤون السياسية في ميدان، تغطي أعمال البرلمان منذ اثني عشر عاماً.',
    },
  },
  {
    key: 'karim',
    name: 'Karim Benali',
    names: { ar: 'كريم بن علي' },
    slug: 'karim-benali',
    email: 'karim@maydan.example',
    role: 'author',
    locale: 'fr',
    bio: {
      en: 'Karim Benali writes about the economy, trade and work.',
      fr: 'Karim Benali écrit sur l’économie, le commerce et le travail.',
      ar: 'كريم بن علي يكتب عن الاقتصاد والتجارة والعمل.',
    },
  },
  {
    key: 'sophie',
    name: 'Sophie Marchand',
    names: { ar: 'صوفي مارشان' },
    slug: 'sophie-marchand',
    email: 'sophie@maydan.example',
    role: 'author',
    locale: 'fr',
    bio: {
      en: 'Sophie Marchand covers culture and the environment.',
      fr: 'Sophie Marchand couvre la culture et l’environnement.',
      ar: 'صوفي مارشان تغطي الثقافة والبيئة.',
    },
  },
  {
    key: 'daniel',
    name: 'Daniel Okafor',
    names: { ar: 'دانيال أوكافور' },
    slug: 'daniel-okafor',
    email: 'daniel@maydan.example',
    role: 'author',
    locale: 'en',
    bio: {
      en: 'Daniel Okafor reports on technology and the digital economy.',
      fr: 'Daniel Okafor suit la technologie et l’économie numérique.',
      ar: 'دانيال أوكافور يتابع التكنولوجيا والاقتصاد الرقمي.',
    },
  },
];

/** Stories readers must not see: one draft, one scheduled two days ahead. */
export const extraArticles: (DemoStory & { status: 'draft' | 'scheduled'; publishInHours?: number })[] = [
  {
    key: 'x-draft-water-tariffs',
    status: 'draft',
    section: 'economy',
    author: 'karim',
    daysAgo: 0,
    image: { from: '#37474f', to: '#90a4ae', motif: 'grid' },
    translations: {
      en: {
        title: 'Draft: what the new water tariffs will cost households',
        slug: 'draft-new-water-tariffs',
        dek: 'An unfinished analysis of the utility’s proposed price bands.',
        body: '<p>This analysis is still being written and checked. The figures below are provisional.</p><p>The utility proposes three price bands for household water, with the lowest band unchanged.</p>',
        tags: ['water'],
        imageAlt: 'Grey tiles on a blue-grey background',
      },
    },
  },
  {
    key: 'x-scheduled-budget-hearing',
    status: 'scheduled',
    publishInHours: 48,
    section: 'politics',
    author: 'leila',
    daysAgo: 0,
    image: { from: '#4a148c', to: '#ce93d8', motif: 'bars' },
    translations: {
      en: {
        title: 'Scheduled: the budget hearing, hour by hour',
        slug: 'scheduled-budget-hearing-live',
        dek: 'Our live notes from the finance committee’s public hearing.',
        body: '<p>The finance committee opens its public hearing on the draft budget at nine in the morning.</p><p>This story is scheduled and must not appear before its time.</p>',
        tags: ['parliament'],
        imageAlt: 'Purple bars of different heights',
      },
    },
  },
];
