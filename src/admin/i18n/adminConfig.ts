import config from '@payload-config'
import type { AcceptedLanguages } from '@payloadcms/translations'
import { getPayload, type SanitizedConfig } from 'payload'
import { cache } from 'react'

import { DEFAULT_ADMIN_LANGUAGE, isLanguage } from '@/domain/languages'

/**
 * The config the admin's pages and server functions are given: Payload's own, with the
 * settings' default language in place of `i18n.fallbackLanguage`.
 *
 * Payload 3.90 decides a request's language in `getRequestLanguage` (payload, called by
 * @payloadcms/next's `initReq` for every page and server function, and by the REST handler): the
 * `payload-lng` cookie that the account page's language menu sets, else the browser's
 * Accept-Language when it names a supported language (Payload's list knows `ru` and `en`, not
 * `uz`), else `config.i18n.fallbackLanguage`. The settings' default is that last step, for the
 * admin alone: `initReq` reads the fallback from the config it is handed, so handing the admin
 * this copy changes nothing for API callers, scripts and the Local API, which keep the real
 * config's English fallback (and the English messages they are written against).
 * The copy is built once per request (React's `cache`), reading the settings row each time, so
 * a changed default shows on the next page on every server.
 */
export const adminConfig = cache(async (): Promise<SanitizedConfig> => {
  const sanitized = await config
  // Through the real config first: a development reload then re-reads that one, not this copy.
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({
    slug: 'settings',
    depth: 0,
    select: { adminLanguage: true },
  })
  const chosen = settings.adminLanguage
  const language = isLanguage(chosen) ? chosen : DEFAULT_ADMIN_LANGUAGE
  if (language === sanitized.i18n.fallbackLanguage) return sanitized
  // Payload's type lists only the languages it ships; `uz` is a supported language of ours.
  const fallbackLanguage = language as AcceptedLanguages
  return { ...sanitized, i18n: { ...sanitized.i18n, fallbackLanguage } }
})
