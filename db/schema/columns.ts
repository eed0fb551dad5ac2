// Shared column sets; not tables, so not re-exported by db/schema.ts.
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A text search document. Written only by the database (triggers in migration 0009), read only
 * through SQL in lib/search: never selected into application objects.
 */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
