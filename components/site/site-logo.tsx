import { getImageProps } from 'next/image';
import type { IdentityImage } from '@/lib/identity/identity';

/** The masthead logo's height in CSS pixels (h-12); its width follows the image's shape. */
const HEIGHT = 48;

/**
 * The publication's uploaded logo, named by the site's name: the dark-background version for
 * readers whose system is in dark mode (the site follows it), through `<picture>` so a browser
 * downloads only the one it shows. Either one serves alone when only one was uploaded.
 */
export function SiteLogo({
  light,
  dark,
  name,
}: {
  light: IdentityImage | null;
  dark: IdentityImage | null;
  name: string;
}) {
  const main = light ?? dark;
  if (!main) return null;
  const props = (image: IdentityImage) =>
    getImageProps({
      src: image.src,
      width: image.width,
      height: image.height,
      alt: name,
      sizes: `${Math.ceil((HEIGHT * image.width) / image.height)}px`,
      priority: true,
    }).props;
  const { style: _style, ...img } = props(main);
  const other = light && dark ? props(dark) : null;
  return (
    <picture>
      {other && <source media="(prefers-color-scheme: dark)" srcSet={other.srcSet} sizes={other.sizes} />}
      {/* eslint-disable-next-line jsx-a11y/alt-text -- alt is in the props: the site's name */}
      <img {...img} className="block h-12 w-auto max-w-full" />
    </picture>
  );
}
