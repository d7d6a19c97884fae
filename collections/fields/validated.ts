import type { TextField } from 'payload'
import type { z } from 'zod'

import { checkField } from '@/domain/validators'

/** A text field checked by the same zod schema the bot and the API use. */
export function validatedText(
  name: string,
  schema: z.ZodType,
  options: Partial<Omit<TextField, 'name' | 'type' | 'validate'>> = {},
): TextField {
  return {
    ...options,
    name,
    type: 'text',
    validate: (value: string | null | undefined) => checkField(schema, value),
  } as TextField
}
