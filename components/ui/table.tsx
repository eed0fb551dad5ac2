import type { ReactNode } from 'react';

export type TableColumn = {
  key: string;
  label: ReactNode;
  /** Added to the header cell's classes. */
  className?: string;
};

/** A data row: a rule below, cells aligned to the top. */
export const rowClass = 'border-b border-rule align-top';

/** How cells are padded: `end` between columns only (the table lines up with the text above), `both` on each side. */
type Padding = 'end' | 'both';

function headerCellClass(padding: Padding, last: boolean, extra = ''): string {
  const pad = padding === 'both' ? 'px-2' : last ? '' : 'pe-3';
  return ['py-2 text-start', pad, extra].filter(Boolean).join(' ');
}

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
  padding = 'end',
  scroll = true,
}: {
  /** Names the table; leave it out only where a heading right above names it. */
  caption?: ReactNode;
  columns: TableColumn[];
  padding?: Padding;
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
      {caption !== undefined && <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr className="border-b border-rule">
          {columns.map((column, i) => (
            <th
              key={column.key}
              scope="col"
              className={headerCellClass(padding, i === columns.length - 1, column.className)}
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
