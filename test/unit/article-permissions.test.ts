import { describe, expect, it } from 'vitest';
import {
  canEditArticle,
  canTransition,
  canViewArticle,
  type ArticleAccess,
  type Role,
  type Transition,
} from '@/lib/auth/permissions';

const statuses = ['draft', 'pending', 'scheduled', 'published', 'archived'] as const;
const transitions = [
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'archive',
  'trash',
  'restore',
] as const satisfies readonly Transition[];
const everyTransitionListed: Exclude<Transition, (typeof transitions)[number]> extends never ? true : false = true;

type Who = 'admin' | 'editor' | 'authorOwn' | 'authorOther' | 'moderatorOwn' | 'moderatorOther';
const actors: Record<Who, { role: Role; own: boolean }> = {
  admin: { role: 'admin', own: false },
  editor: { role: 'editor', own: false },
  authorOwn: { role: 'author', own: true },
  authorOther: { role: 'author', own: false },
  moderatorOwn: { role: 'moderator', own: true },
  moderatorOther: { role: 'moderator', own: false },
};

/**
 * One letter per status (draft, pending, scheduled, published, archived): Y allowed, . refused.
 * `live` is an article not in the trash, `trashed` one in the trash.
 */
const workflow: Record<Transition, Record<'live' | 'trashed', Record<Who, string>>> = {
  submit: {
    live: {
      admin: 'Y....',
      editor: 'Y....',
      authorOwn: 'Y....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  publish: {
    live: {
      admin: 'YYY..',
      editor: 'YYY..',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  schedule: {
    live: {
      admin: 'YYY..',
      editor: 'YYY..',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  unpublish: {
    live: {
      admin: '..YYY',
      editor: '..YYY',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  archive: {
    live: {
      admin: '...Y.',
      editor: '...Y.',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  trash: {
    live: {
      admin: 'YYYYY',
      editor: 'YYYYY',
      authorOwn: 'YY...',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
  restore: {
    live: {
      admin: '.....',
      editor: '.....',
      authorOwn: '.....',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
    trashed: {
      admin: 'YYYYY',
      editor: 'YYYYY',
      authorOwn: 'YYYYY',
      authorOther: '.....',
      moderatorOwn: '.....',
      moderatorOther: '.....',
    },
  },
};

/** Who may open an article in the editor, per status, live and trashed. */
const editing: Record<'live' | 'trashed', Record<Who, string>> = {
  live: {
    admin: 'YYYYY',
    editor: 'YYYYY',
    authorOwn: 'YY...',
    authorOther: '.....',
    moderatorOwn: '.....',
    moderatorOther: '.....',
  },
  trashed: {
    admin: 'YYYYY',
    editor: 'YYYYY',
    authorOwn: '.....',
    authorOther: '.....',
    moderatorOwn: '.....',
    moderatorOther: '.....',
  },
};

const ACTOR_ID = 7;
function article(who: Who, status: ArticleAccess['status'], deleted: boolean): ArticleAccess {
  return { authorId: actors[who].own ? ACTOR_ID : ACTOR_ID + 1, status, deleted };
}

describe('the article workflow table', () => {
  it('lists every transition', () => {
    expect(everyTransitionListed).toBe(true);
  });
});

describe('canEditArticle and canViewArticle', () => {
  for (const who of Object.keys(actors) as Who[]) {
    for (const state of ['live', 'trashed'] as const) {
      it(`${who}, ${state} article`, () => {
        const actor = { id: ACTOR_ID, role: actors[who].role };
        const got = statuses
          .map((s) => (canEditArticle(actor, article(who, s, state === 'trashed')) ? 'Y' : '.'))
          .join('');
        expect(got).toBe(editing[state][who]);
      });
    }
    it(`${who} viewing`, () => {
      const actor = { id: ACTOR_ID, role: actors[who].role };
      const mayView = who === 'admin' || who === 'editor' || who === 'authorOwn';
      expect(canViewArticle(actor, article(who, 'draft', false))).toBe(mayView);
    });
  }
});

describe('canTransition', () => {
  for (const transition of transitions) {
    for (const state of ['live', 'trashed'] as const) {
      for (const who of Object.keys(actors) as Who[]) {
        it(`${transition}: ${who}, ${state} article, for each status`, () => {
          const actor = { id: ACTOR_ID, role: actors[who].role };
          const got = statuses
            .map((s) => (canTransition(actor, article(who, s, state === 'trashed'), transition) ? 'Y' : '.'))
            .join('');
          expect(got).toBe(workflow[transition][state][who]);
        });
      }
    }
  }
});
