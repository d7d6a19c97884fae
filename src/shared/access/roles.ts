import type { Access, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'manager', 'accountant'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const held = (user as { roles?: Role[] | null } | null)?.roles ?? []
  return roles.some((role) => held.includes(role))
}

/** Everything, including user accounts. */
export const admins: Access = ({ req }) => hasRole(req.user, 'admin')

/** Runs the business: catalog, prices, clients, orders. */
export const managers: Access = ({ req }) => hasRole(req.user, 'admin', 'manager')

/** Everyone on the staff. */
export const STAFF_ROLES: Role[] = [...ROLES]

/** Anyone on the staff may look. */
export const staff: Access = ({ req }) => hasRole(req.user, ...STAFF_ROLES)

/** Admins and managers run the business; an accountant may look but not change. */
export const mayChange = <U extends MaybeUser>(user: U): user is NonNullable<U> =>
  hasRole(user, 'admin', 'manager')
