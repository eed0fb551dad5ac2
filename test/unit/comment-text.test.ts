import { describe, expect, it } from 'vitest';
import { initials, linkify, splitCommentBody, threadComments } from '@/lib/comment-text';

describe('comment text', () => {
  it('splits paragraphs and lines and turns only http(s) URLs into links', () => {
    const body = 'First line\nsecond line with https://example.org/a?b=1.\n\nNew paragraph javascript:alert(1)';
    const paragraphs = splitCommentBody(body);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toHaveLength(2);
    expect(paragraphs[0]![1]).toEqual([
      { kind: 'text', text: 'second line with ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: '.' },
    ]);
    expect(paragraphs[1]!.flat().every((run) => run.kind === 'text')).toBe(true);
  });

  it('keeps markup as text', () => {
    expect(linkify('<b>x</b>')).toEqual([{ kind: 'text', text: '<b>x</b>' }]);
  });

  it('makes initials from Latin and Arabic names', () => {
    expect(initials('leila haddad')).toBe('LH');
    expect(initials('كريم بن علي')).toBe('كب');
    expect(initials('   ')).toBe('?');
  });

  it('threads replies up to three levels', () => {
    const list = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: 3 },
      { id: 5, parentId: 99 },
    ];
    const tree = threadComments(list);
    expect(tree.map((n) => n.id)).toEqual([1, 5]);
    const level3 = tree[0]!.replies[0]!.replies[0]!;
    expect(level3.id).toBe(3);
    // A fourth-level reply is shown beside its parent at level three.
    expect(tree[0]!.replies[0]!.replies.map((n) => n.id)).toEqual([3, 4]);
    expect(level3.replies).toEqual([]);
  });
});
