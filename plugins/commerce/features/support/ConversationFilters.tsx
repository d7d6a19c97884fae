'use client'
import { useAuth, useConfig } from '@payloadcms/ui'

/** Quick filters above the Conversations list: who is waiting, and for whom. */
export function ConversationFilters() {
  const { user } = useAuth()
  const { config } = useConfig()
  const list = `${config.routes.admin}/collections/conversations`
  const filters = [
    ['Open', 'where[status][equals]=open'],
    ['Unassigned', 'where[status][equals]=open&where[assignedTo][exists]=false'],
    ['Mine', `where[assignedTo][equals]=${user?.id ?? ''}`],
    ['Waiting for an answer', 'where[unreadCount][greater_than]=0'],
    ['All', ''],
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
