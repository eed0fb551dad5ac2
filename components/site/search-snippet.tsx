import { splitSnippet } from '@/lib/search/snippet';

/**
 * The text around a result's matched words. Only the search's own markers become markup
 * (`<mark>`); everything else is text, escaped like any other.
 */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p dir="auto" className="mt-1">
      {splitSnippet(snippet).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-[#fde68a] px-0.5 text-[#1a1a1a]">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
