import type { Role } from '@/shared/access/roles'

/** Who may see what every client owes: the people who chase it, not the whole staff. */
export const RECEIVABLES_ROLES: Role[] = ['admin', 'manager']
