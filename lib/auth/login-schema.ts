import { z } from 'zod';

/**
 * What the sign-in form sends, checked once: by the form's action (to name the field to fix)
 * and by the credentials provider (whatever reaches it).
 */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
