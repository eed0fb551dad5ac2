/** The look of each link and button in the share box (a 44 px touch target). */
export const SHARE_PILL =
  'inline-flex min-h-11 items-center rounded-full border border-rule px-4 py-2 text-sm font-semibold hover:border-accent';
