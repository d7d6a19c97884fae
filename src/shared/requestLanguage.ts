import type { PayloadRequest } from 'payload'

import { isLanguage, type Language } from '@/domain/languages'

/**
 * The language to answer a request in: the admin user's (Payload's `req.i18n`, from their
 * choice, their browser or the settings' default), else English, as the API answers.
 */
export function requestLanguage(req?: Partial<Pick<PayloadRequest, 'i18n'>> | null): Language {
  const code = req?.i18n?.language
  return isLanguage(code) ? code : 'en'
}
