'use client'
import { useAuth, useConfig } from '@payloadcms/ui'

import type { AdminTexts } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'

const TEXTS: AdminTexts<'open' | 'unassigned' | 'mine' | 'waiting' | 'all'> = {
  ru: {
    open: 'Открытые',
    unassigned: 'Без ответственного',
    mine: 'Мои',
    waiting: 'Ждут ответа',
    all: 'Все',
  },
  uz: {
    open: 'Ochiq',
    unassigned: "Mas'ulsiz",
    mine: 'Meniki',
    waiting: 'Javob kutmoqda',
    all: 'Hammasi',
  },
  en: {
    open: 'Open',
    unassigned: 'Unassigned',
    mine: 'Mine',
    waiting: 'Waiting for an answer',
    all: 'All',
  },
}

/** Quick filters above the Conversations list: who is waiting, and for whom. */
export function ConversationFilters() {
  const { user } = useAuth()
  const { config } = useConfig()
  const texts = useAdminTexts(TEXTS)
  const list = `${config.routes.admin}/collections/conversations`
  const filters = [
    [texts.open, 'where[status][equals]=open'],
    [texts.unassigned, 'where[status][equals]=open&where[assignedTo][exists]=false'],
    [texts.mine, `where[assignedTo][equals]=${user?.id ?? ''}`],
    [texts.waiting, 'where[unreadCount][greater_than]=0'],
    [texts.all, ''],
  ] as const
  return (
    <nav
      data-testid="conversation-filters"
      style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}
    >
      {filters.map(([label, query]) => (
        <a key={label} href={`${list}?${query}`}>
          {label}
        </a>
      ))}
    </nav>
  )
}
