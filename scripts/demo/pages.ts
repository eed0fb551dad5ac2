import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect';
import * as schema from '../../db/schema';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import { slugify } from '../../lib/slug';
import type { DemoLocale } from './types';

type DemoPage = { slug: string; title: string; dek: string; body: string; menuLabel: string };

/** The demo publication's About page, in its three languages. */
const about: Record<DemoLocale, DemoPage> = {
  en: {
    slug: 'about',
    title: 'About Maydan',
    dek: 'An independent newsroom in three languages: who we are, how we work and how to reach us.',
    menuLabel: 'About us',
    body: `<p>Maydan is an independent newsroom publishing in Arabic, French and English. We cover politics, the economy, culture, the environment and technology across the region, with reporters on the ground and editors who read every story before it goes out.</p>
<h2>How we work</h2>
<p>Every story is checked by a second editor. When we get something wrong we say so at the end of the story, with the date, and list it in our public corrections log. Agency copy is credited to the agency.</p>
<h2>Reach us</h2>
<p>Tips, corrections and letters are welcome at <a href="mailto:newsroom@example.org">newsroom@example.org</a>. Comments under our stories are read by a moderator before they appear.</p>`,
  },
  fr: {
    slug: 'a-propos',
    title: 'À propos de Maydan',
    dek: 'Une rédaction indépendante en trois langues\u202f: qui nous sommes, comment nous travaillons, comment nous joindre.',
    menuLabel: 'Qui sommes-nous',
    body: `<p>Maydan est une rédaction indépendante qui publie en arabe, en français et en anglais. Nous couvrons la politique, l’économie, la culture, l’environnement et les technologies dans la région, avec des reporters sur le terrain et des éditeurs qui relisent chaque article avant sa publication.</p>
<h2>Notre méthode</h2>
<p>Chaque article est relu par un second éditeur. Quand nous nous trompons, nous le disons à la fin de l’article, avec la date, et la correction figure dans notre journal public des corrections. Les dépêches sont créditées à leur agence.</p>
<h2>Nous joindre</h2>
<p>Informations, corrections et courriers sont les bienvenus à <a href="mailto:newsroom@example.org">newsroom@example.org</a>. Les commentaires sont lus par un modérateur avant d’apparaître.</p>`,
  },
  ar: {
    slug: 'من-نحن',
    title: 'من نحن',
    dek: 'غرفة أخبار مستقلة بثلاث لغات: من نحن، وكيف نعمل، وكيف تتواصلون معنا.',
    menuLabel: 'من نحن',
    body: `<p>ميدان غرفة أخبار مستقلة تنشر بالعربية والفرنسية والإنجليزية. نغطي السياسة والاقتصاد والثقافة والبيئة والتكنولوجيا في المنطقة، بمراسلين في الميدان ومحررين يقرؤون كل مادة قبل نشرها.</p>
<h2>كيف نعمل</h2>
<p>يراجع كل مادة محرر ثانٍ. وحين نخطئ نقول ذلك في آخر المادة مع التاريخ، ونسجّل التصحيح في سجل التصحيحات العلني. ونَنسب مواد الوكالات إلى وكالاتها.</p>
<h2>تواصلوا معنا</h2>
<p>نرحب بالمعلومات والتصحيحات والرسائل على <a href="mailto:newsroom@example.org">newsroom@example.org</a>. يقرأ مشرف التعليقات قبل ظهورها.</p>`,
  },
};

/**
 * The About page in three languages (one translation group), published, and a link to it in each
 * language's footer menu. The header keeps its fallback, the sections.
 */
export async function seedDemoPages(tx: Db, options: { authorId: number; now: Date }): Promise<number> {
  const groupId = randomUUID();
  const publishedAt = new Date(options.now.getTime() - 60 * 24 * 3600_000);
  let count = 0;
  for (const [locale, page] of Object.entries(about) as [DemoLocale, DemoPage][]) {
    const [row] = await tx
      .insert(schema.articles)
      .values({
        translationGroupId: groupId,
        locale,
        kind: 'page',
        slug: slugify(page.slug),
        title: page.title,
        dek: page.dek,
        body: sanitizeArticleHtml(page.body),
        status: 'published',
        publishedAt,
        firstPublishedAt: publishedAt,
        authorId: options.authorId,
        commentsOpen: false,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      })
      .returning({ id: schema.articles.id });
    await tx
      .insert(schema.menuItems)
      .values({ locale, menu: 'footer', position: 1, target: 'page', pageId: row!.id, label: page.menuLabel });
    count += 1;
  }
  return count;
}
