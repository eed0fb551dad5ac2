import type { ReactNode } from 'react';

export type TableColumn = {
  key: string;
  label: ReactNode;
  /** Replaces the header cell's classes (the default pads the inline end, but not after the last column). */
  className?: string;
};

/** A data row: a rule below, cells aligned to the top. */
export const rowClass = 'border-b border-rule align-top';

/**
 * A data table with its caption and one header row from a column list; `children` are the
 * body rows. It scrolls sideways inside its own box when the page is too narrow.
 */
export function Table({
  caption,
  columns,
  children,
  captionClassName = 'mb-2 text-start text-lg font-bold',
  className = '',
  bodyLang,
  scroll = true,
}: {
  caption: ReactNode;
  columns: TableColumn[];
  children: ReactNode;
  captionClassName?: string;
  className?: string;
  /** The language of the rows, when it is not the page's. */
  bodyLang?: string;
  /** false where the caller lays the table out itself. */
  scroll?: boolean;
}) {
  const table = (
    <table className={`w-full border-collapse text-sm ${className}`.trim()}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr className="border-b border-rule">
          {columns.map((column, i) => (
            <th
              key={column.key}
              scope="col"
              className={column.className ?? (i < columns.length - 1 ? 'py-2 pe-3 text-start' : 'py-2 text-start')}
            >
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody lang={bodyLang}>{children}</tbody>
    </table>
  );
  return scroll ? <div className="overflow-x-auto">{table}</div> : table;
}
