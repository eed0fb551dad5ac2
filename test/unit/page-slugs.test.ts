import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedPageSlug, reservedPageSlugs } from '@/lib/articles/kind';
import { isMenuUrl } from '@/lib/menus/input';

describe('static page slugs', () => {
  it('reserve every first segment a reader route owns, so a page never hides a route', () => {
    const dir = path.join(process.cwd(), 'app/(site)/[locale]');
    const routes = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('[') && !e.name.startsWith('('))
      .map((e) => e.name);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) expect(isReservedPageSlug(route), route).toBe(true);
    // And the paths the proxy answers itself: the 404 document and listings' `/page/N`.
    expect(reservedPageSlugs).toEqual(expect.arrayContaining(['not-found', 'page']));
    expect(isReservedPageSlug('about')).toBe(false);
  });
});

describe('menu addresses', () => {
  it('are web pages: https or http anywhere, or a path on this site', () => {
    for (const ok of ['https://example.org', 'http://example.org/a?b=c', '/en/search', '/ar/%D9%85'])
      expect(isMenuUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      '//evil.example',
      'example.org',
      'https://',
      '/a b',
    ])
      expect(isMenuUrl(bad), bad).toBe(false);
  });
});
