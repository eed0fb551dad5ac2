import type { Role } from './permissions';

/**
 * Who is acting, as every `lib` write and admin read receives it: the signed-in staff member
 * (`Staff` satisfies it) or a script acting as one. Authorization is decided from the role.
 */
export type Actor = { id: number; role: Role };
