import type { PayloadRequest } from 'payload'
import { hasRole, type Role } from '@/shared/access/roles'

/** Our endpoints' refusal, in the shape Payload answers its own: `{ errors: [{ field?, message }] }`. */
export const refusal = ({
  status,
  field,
  message,
}: {
  status: number
  field?: string
  message: string
}): Response => Response.json({ errors: [{ ...(field ? { field } : {}), message }] }, { status })

/** Null when the caller is signed in with one of `roles`, else the 401 or 403 that says why not. */
export function refuseUnlessRole(req: PayloadRequest, roles: Role[]): Response | null {
  if (!req.user) return refusal({ status: 401, message: 'Sign in as staff' })
  if (!hasRole(req.user, ...roles))
    return refusal({ status: 403, message: 'Your role may not do this' })
  return null
}
