import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { staffDisplayNames, users, type LocalizedText } from '@/db/schema';
import { recordAudit } from './audit/write';
import type { Actor } from './auth/actor';
import { can, canEditStaffNames } from './auth/permissions';
import { cacheTags } from './cache-tags';
import { locales, type Locale } from './i18n/config';
import { invalid, ok, refuse, type Result } from './result';
import { parseStaffNames, type StaffNames, type StaffNamesErrorCode, type StaffNamesInput } from './staff-names-input';

export type StaffNamesResult = Result<
  { changed: boolean; names: StaffNames; invalidate: string[] },
  'forbidden' | 'not-found' | 'invalid',
  string,
  StaffNamesErrorCode
>;

async function readNames(db: Pick<Db, 'select'>, staffId: number): Promise<StaffNames | null> {
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, staffId));
  if (!user) return null;
  const rows = await db
    .select({ locale: staffDisplayNames.locale, name: staffDisplayNames.name })
    .from(staffDisplayNames)
    .where(eq(staffDisplayNames.userId, staffId));
  const names: LocalizedText = {};
  for (const row of rows) names[row.locale] = row.name;
  return { name: user.name, names };
}

/** A staff member's default name and their name per language, for someone allowed to edit them. */
export async function getStaffNames(db: Db, actor: Actor, staffId: number): Promise<StaffNames | null> {
  if (!canEditStaffNames(actor, staffId)) return null;
  return readNames(db, staffId);
}

/** The names of several staff members at once (the staff screen), for administrators (empty for others). */
export async function listStaffDisplayNames(db: Db, actor: Actor): Promise<Map<number, LocalizedText>> {
  if (!can(actor.role, 'staff.manage')) return new Map();
  const rows = await db
    .select({ userId: staffDisplayNames.userId, locale: staffDisplayNames.locale, name: staffDisplayNames.name })
    .from(staffDisplayNames);
  const out = new Map<number, LocalizedText>();
  for (const row of rows) out.set(row.userId, { ...out.get(row.userId), [row.locale]: row.name });
  return out;
}

/**
 * Sets the default name and the name per language (empty: readers of that language see the
 * default). The author page keeps its address. Returns the reader cache tags to expire.
 */
export async function updateStaffNames(
  db: Db,
  actor: Actor,
  staffId: number,
  input: StaffNamesInput,
): Promise<StaffNamesResult> {
  if (!canEditStaffNames(actor, staffId)) return refuse('forbidden');
  const parsed = parseStaffNames(input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const next = parsed.data;
  return db.transaction(async (tx): Promise<StaffNamesResult> => {
    const current = await readNames(tx, staffId);
    if (!current) return refuse('not-found');
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    if (current.name !== next.name) changes.name = { from: current.name, to: next.name };
    for (const l of locales) {
      if ((current.names[l] ?? null) !== (next.names[l] ?? null))
        changes[l] = { from: current.names[l] ?? null, to: next.names[l] ?? null };
    }
    if (Object.keys(changes).length === 0) return ok({ changed: false, names: next, invalidate: [] });
    if (changes.name)
      await tx.update(users).set({ name: next.name, updatedAt: new Date() }).where(eq(users.id, staffId));
    await tx.delete(staffDisplayNames).where(eq(staffDisplayNames.userId, staffId));
    const rows = (Object.entries(next.names) as [Locale, string][]).map(([locale, name]) => ({
      userId: staffId,
      locale,
      name,
    }));
    if (rows.length) await tx.insert(staffDisplayNames).values(rows);
    await recordAudit(tx, actor.id, 'staff.names', 'user', staffId, changes);
    // Bylines (article pages) and author pages show the name; their reads carry these tags.
    return ok({ changed: true, names: next, invalidate: [cacheTags.author(staffId), cacheTags.authors] });
  });
}
