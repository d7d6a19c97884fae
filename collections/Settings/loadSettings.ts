import type { PayloadRequest } from 'payload'

import type { Setting } from '../../payload-types'

/** The settings global as the system sees it, whoever is asking. */
export function loadSettings(req: PayloadRequest): Promise<Setting> {
  return req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
}
