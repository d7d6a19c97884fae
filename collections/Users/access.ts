import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/shared/access/roles'

/** Admins see every account; everyone else sees only their own. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** Only an admin hands out roles, so nobody can promote themselves. */
export const rolesByAdmin: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
