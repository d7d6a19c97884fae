import type { TextField } from 'payload'
import type { z } from 'zod'

import { checkField } from '@/domain/validators'
import { requestLanguage } from '@/shared/requestLanguage'

/** A text field checked by the same zod schema the bot and the API use, answered in the reader's language. */
export function validatedText(
  name: string,
  schema: z.ZodType,
  options: Partial<Omit<TextField, 'name' | 'type' | 'validate'>> = {},
): TextField {
  return {
    ...options,
    name,
    type: 'text',
    validate: (value: string | null | undefined, { req }) =>
      checkField(schema, value, requestLanguage(req)),
  } as TextField
}
