/** Widths generated for every image; next/image asks for one of these through the loader. */
export const IMAGE_WIDTHS = [160, 320, 640, 960, 1280, 1600] as const;

export function variantWidthFor(requested: number): number {
  return IMAGE_WIDTHS.find((w) => w >= requested) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
}
