'use client'

import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import type { Role } from '@/shared/access/roles'
import { RECEIVABLES_ROLES } from './access'
import { RECEIVABLES_TEXTS } from './texts'

/** "Receivables" in the side menu, for the roles that may open it; marked while it is open. */
export function ReceivablesNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const pathname = usePathname()
  const t = useAdminTexts(RECEIVABLES_TEXTS)
  const roles = (user as { roles?: Role[] | null } | null | undefined)?.roles ?? []
  if (!RECEIVABLES_ROLES.some((role) => roles.includes(role))) return null
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/receivables' })
  const active = pathname === href
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{t.title}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id="nav-receivables">
      {label}
    </div>
  ) : (
    <Link className="nav__link" href={href} id="nav-receivables" prefetch={false}>
      {label}
    </Link>
  )
}
