import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { fieldMessageIn } from '@/domain/validators'
import type { Role } from '@/shared/access/roles'
import { requestLanguage } from '@/shared/requestLanguage'
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
      // A message our schemas give in three languages is said in the caller's.
      message: fieldMessageIn(requestLanguage(req), issue.message),
      field: issue.path.join('.') || undefined,
    })
  }
  return parsed.data
}
