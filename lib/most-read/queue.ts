import 'server-only';
import type { View } from '.';

/**
 * Views wait here up to BATCH_MS, then go to the database together (./index.ts `countViews`):
 * one statement a second per instance instead of one per view, so a flood of beacons costs the
 * database (on the embedded one, this very thread) next to nothing. A view's hour is taken when
 * it arrives, so waiting never moves it into the next bucket.
 */
export const BATCH_MS = 1000;
/**
 * Views one batch holds at most (about 100 bytes each). Past it, further views in that second
 * are dropped rather than kept, so no flood takes memory: the lists are then drawn from a
 * sample of the views, which keeps their order.
 */
export const MAX_BATCH = 5000;

let batch = new Map<string, View>();

/**
 * Adds a view to the current batch. 'lead' when it opened the batch: the caller then waits
 * BATCH_MS and counts the batch (`takeBatch`). The same visitor and story twice in one batch is
 * one entry.
 */
export function queueView(view: View): 'lead' | 'queued' | 'dropped' {
  if (batch.size >= MAX_BATCH) return 'dropped';
  const lead = batch.size === 0;
  batch.set(`${view.articleId}:${view.visitor}`, view);
  return lead ? 'lead' : 'queued';
}

/** The current batch, emptied: the next view opens a new one. */
export function takeBatch(): View[] {
  const views = [...batch.values()];
  batch = new Map();
  return views;
}
