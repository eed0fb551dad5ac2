import { Field, inputClass } from '@/components/ui/field';

/**
 * One uploaded image of a form (a logo, an author's photo): a file box, and the image in use
 * with a box to remove it. The image in use travels as its media id (`name`), so a form sent
 * back with an error elsewhere keeps it without a second upload; the server looks the id up
 * (lib/media/ref.ts). Works without JavaScript (the form is multipart).
 */
export function ImageChoiceField({
  id,
  name,
  label,
  hint,
  error,
  value,
  src,
  t,
  previewClassName = 'bg-white',
}: {
  id: string;
  /** The field: `name` holds the media id, `name.file` the new file, `name.remove` the box. */
  name: string;
  label: string;
  hint: string;
  error?: string;
  /** The media id in use, '' for none. */
  value: string;
  /** Its address, to show it. */
  src: string;
  t: { current: string; remove: string; none: string };
  previewClassName?: string;
}) {
  return (
    <div className="space-y-2 rounded border border-rule p-4">
      <input type="hidden" name={name} value={value} />
      <Field id={id} label={label} hint={hint} error={error}>
        {(p) => (
          <input
            {...p}
            type="file"
            name={`${name}.file`}
            accept="image/jpeg,image/png,image/webp,image/avif"
            className={inputClass}
          />
        )}
      </Field>
      {src ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-muted">{t.current}</span>
          {/* The stored upload as it is: a small preview, described by the field's label. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={src} alt="" className={`max-h-16 max-w-60 rounded border border-rule p-1 ${previewClassName}`} />
          <label className="inline-flex min-h-6 items-center gap-2">
            <input type="checkbox" name={`${name}.remove`} />
            {t.remove}
          </label>
        </div>
      ) : (
        <p className="text-sm text-muted">{t.none}</p>
      )}
    </div>
  );
}
