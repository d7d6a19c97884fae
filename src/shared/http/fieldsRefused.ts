import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { isLanguage, type Translated } from '@/domain/languages'

export interface FieldProblem {
  path: string
  /** One text, or the same in every admin language: the caller's language is picked. */
  message: string | Translated
}

interface Refusal {
  collection?: string
  global?: string
  errors: FieldProblem[]
  req?: Pick<PayloadRequest, 'i18n'>
}

/**
 * Payload's validation error (a 400 whose problems the admin puts on their fields), with the
 * explanation as its message: Payload's own only names the fields ("The following field is
 * invalid: status"), and that is what the admin's toast shows.
 */
export class FieldsRefused extends ValidationError {
  constructor({ collection, global, errors, req }: Refusal) {
    const code = req?.i18n?.language
    const language = isLanguage(code) ? code : 'en'
    const said = errors.map(({ path, message }) => ({
      path,
      message: typeof message === 'string' ? message : message[language],
    }))
    super({ collection, global, errors: said })
    this.message = said.map(({ message }) => message).join('\n')
  }
}
