// Limits the editor's client components show as `maxLength`. No zod here: importing zod into a
// browser bundle makes it probe `Function('')`, which the admin's CSP reports as a violation.

/** An image's caption and credit (the featured image's, and an inline image's in the body). */
export const MAX_CAPTION_LENGTH = 1000;
export const MAX_CREDIT_LENGTH = 200;
/** A story's credit line ("World Opinions + Agencies"). */
export const MAX_BYLINE_CREDIT_LENGTH = 120;
