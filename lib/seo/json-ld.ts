/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves `<` as it is, so
 * a headline holding `</script>` would end the element: `<`, `>` and `&` become `\u003c`-style
 * escapes, which JSON parsers read back as the same characters. U+2028 and U+2029 are escaped too:
 * valid in JSON, they end a line in older JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
