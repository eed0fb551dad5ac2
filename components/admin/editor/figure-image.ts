import Image from '@tiptap/extension-image';
import type { DOMOutputSpec } from '@tiptap/pm/model';

export type FigureAttributes = { src: string; alt: string; caption: string; credit: string };

/** The picture itself: the element, or a figure's own image (possibly linked), not one deeper inside (a table's). */
function imageOf(element: HTMLElement): HTMLElement | null {
  return element.tagName === 'IMG' ? element : element.querySelector(':scope > img, :scope > a > img');
}

function captionOf(element: HTMLElement): HTMLElement | null {
  return element.tagName === 'FIGURE' ? element.querySelector(':scope > figcaption') : null;
}

/**
 * An inline image of the body, with an optional caption and credit:
 *
 *   <figure><img src alt><figcaption>caption <small class="credit">credit</small></figcaption></figure>
 *
 * An image with neither stays a bare <img>, as stories written before captions have it. Caption
 * and credit are plain text (attributes, edited from the toolbar's image panel), so the stored
 * HTML reads back into exactly the same node; lib/sanitize.ts allows this structure and no more.
 */
export const FigureImage = Image.extend({
  addAttributes() {
    const fromImage = (name: string) => ({
      default: null,
      parseHTML: (element: HTMLElement) => imageOf(element)?.getAttribute(name) ?? null,
    });
    return {
      src: fromImage('src'),
      alt: fromImage('alt'),
      title: fromImage('title'),
      width: fromImage('width'),
      height: fromImage('height'),
      caption: {
        default: '',
        parseHTML: (element: HTMLElement) => {
          const caption = captionOf(element)?.cloneNode(true) as HTMLElement | undefined;
          caption?.querySelectorAll('small.credit').forEach((credit) => credit.remove());
          return caption?.textContent?.trim() ?? '';
        },
        renderHTML: () => ({}),
      },
      credit: {
        default: '',
        parseHTML: (element: HTMLElement) =>
          captionOf(element)?.querySelector('small.credit')?.textContent?.trim() ?? '',
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) =>
          /^(?!data:)./i.test(imageOf(element)?.getAttribute('src')?.trim() ?? '') ? null : false,
      },
      { tag: 'img[src]:not([src^="data:"])' },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const img: DOMOutputSpec = ['img', HTMLAttributes];
    const caption = String(node.attrs.caption ?? '');
    const credit = String(node.attrs.credit ?? '');
    if (!caption && !credit) return img;
    // Strings are text nodes (prosemirror-model renders them so, though its type leaves them out).
    const parts: (DOMOutputSpec | string)[] = [];
    if (caption) parts.push(caption);
    if (caption && credit) parts.push(' ');
    if (credit) parts.push(['small', { class: 'credit' }, credit]);
    return ['figure', img, ['figcaption', ...parts]];
  },
});
