import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { Role } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from './refusal'

/** The JSON body of a caller with one of `roles`, parsed by `schema`; or the answer saying why not. */
export async function readInput<T>(
  req: PayloadRequest,
  roles: Role[],
  schema: z.ZodType<T>,
): Promise<T | Response> {
  const forbidden = refuseUnlessRole(req, roles)
  if (forbidden) return forbidden
  const body = await req.json?.().catch(() => undefined)
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refusal({
      status: 400,
      message: issue.message,
      field: issue.path.join('.') || undefined,
    })
  }
  return parsed.data
}
