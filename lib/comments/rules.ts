/** The comment rules, as pure functions of the comment and what the database knows. */
export type CommentSettings = {
  /** Comments close this many days after publication; null keeps them open. */
  closeAfterDays: number | null;
  /** More links than this holds the comment for moderation. */
  maxLinks: number;
  /** Words or phrases (case-insensitive) that send a comment to spam. */
  blockedWords: string[];
  /** Email addresses, `@domain` entries or IP addresses that send a comment to spam. */
  blockedAddresses: string[];
  /**
   * Approve at once when the same email already has an approved reader comment. The email is
   * not verified, so whoever types a known address is trusted: off by default, and a staff
   * member's address never counts.
   */
  autoApproveKnown: boolean;
  rateLimitCount: number;
  rateLimitMinutes: number;
  /** Seconds a person needs at least to fill the form; faster is treated as a bot. */
  minFillSeconds: number;
};

export const defaultCommentSettings: CommentSettings = {
  closeAfterDays: 60,
  maxLinks: 2,
  blockedWords: [],
  blockedAddresses: [],
  autoApproveKnown: false,
  rateLimitCount: 5,
  rateLimitMinutes: 10,
  minFillSeconds: 3,
};

export type HeldReason =
  'new-commenter' | 'too-many-links' | 'blocklist-word' | 'blocklist-address' | 'honeypot' | 'too-fast' | 'staff-email';

export type CommentFacts = {
  name: string;
  email: string;
  website: string | null;
  body: string;
  /** The same IP, already hashed with the same key as `blockedIpHashes`. */
  ipHash: string;
  blockedIpHashes: string[];
  honeypotFilled: boolean;
  secondsToFill: number | null;
  hasApprovedFromEmail: boolean;
  /** The email belongs to a staff account: readers must not pass as staff, so it is held. */
  isStaffEmail?: boolean;
  isDuplicate: boolean;
  recentFromIp: number;
  commentsOpen: boolean;
  publishedAt: Date;
  now: Date;
};

export type Decision =
  | { action: 'reject'; reason: 'closed' | 'rate-limited' | 'duplicate' }
  | { action: 'store'; status: 'approved' | 'pending' | 'spam'; heldReason: HeldReason | null };

export function countLinks(text: string): number {
  return (text.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./giu) ?? []).length;
}

export function isClosed(settings: CommentSettings, commentsOpen: boolean, publishedAt: Date, now: Date): boolean {
  if (!commentsOpen) return true;
  if (settings.closeAfterDays === null) return false;
  return now.getTime() - publishedAt.getTime() > settings.closeAfterDays * 86_400_000;
}

function matchesAddress(entry: string, email: string): boolean {
  const e = entry.trim().toLowerCase();
  if (!e.includes('@')) return false;
  const address = email.trim().toLowerCase();
  return e.startsWith('@') ? address.endsWith(e) : address === e;
}

export function decide(settings: CommentSettings, facts: CommentFacts): Decision {
  if (isClosed(settings, facts.commentsOpen, facts.publishedAt, facts.now))
    return { action: 'reject', reason: 'closed' };
  if (facts.recentFromIp >= settings.rateLimitCount) return { action: 'reject', reason: 'rate-limited' };
  if (facts.isDuplicate) return { action: 'reject', reason: 'duplicate' };
  // Bots are not told they were caught: their comment is kept as spam with the reason.
  if (facts.honeypotFilled) return { action: 'store', status: 'spam', heldReason: 'honeypot' };
  const tooFast = facts.secondsToFill !== null && facts.secondsToFill < settings.minFillSeconds;
  const haystack = `${facts.name}\n${facts.email}\n${facts.website ?? ''}\n${facts.body}`.toLocaleLowerCase();
  if (settings.blockedWords.some((w) => w.trim() && haystack.includes(w.trim().toLocaleLowerCase()))) {
    return { action: 'store', status: 'spam', heldReason: 'blocklist-word' };
  }
  if (
    settings.blockedAddresses.some((a) => matchesAddress(a, facts.email)) ||
    facts.blockedIpHashes.includes(facts.ipHash)
  ) {
    return { action: 'store', status: 'spam', heldReason: 'blocklist-address' };
  }
  // Speed alone is a weak signal (a fast typist, a pasted comment): it waits for a person,
  // with its reason, instead of being lost in spam.
  if (tooFast) return { action: 'store', status: 'pending', heldReason: 'too-fast' };
  if (countLinks(facts.body) > settings.maxLinks)
    return { action: 'store', status: 'pending', heldReason: 'too-many-links' };
  if (facts.isStaffEmail) return { action: 'store', status: 'pending', heldReason: 'staff-email' };
  if (settings.autoApproveKnown && facts.hasApprovedFromEmail)
    return { action: 'store', status: 'approved', heldReason: null };
  return { action: 'store', status: 'pending', heldReason: 'new-commenter' };
}
