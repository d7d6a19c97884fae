'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { ChangeList, momentFormat } from './ChangeList'
import type { Changes } from './changes'
import type { FieldGuide } from './fieldGuide'
import { type AuditTarget, DOOR_LABELS, type Door, TRAIL_TEXTS } from './texts'

interface Entry {
  id: number
  createdAt: string
  actorName?: string | null
  door: Door
  via?: string | null
  changes: Changes
}

/** How many of the newest entries the trail shows; the log's list has the rest. */
const SHOWN = 10

/** The document's newest entries: when, who, through which door, each field before → after. */
export function AuditTrailList({
  target,
  isGlobal,
  guide,
}: {
  target: AuditTarget
  isGlobal: boolean
  guide: FieldGuide
}) {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = adminLanguageOf(i18n.language)
  const texts = useAdminTexts(TRAIL_TEXTS)
  const [state, setState] = useState<{ entries: Entry[]; total: number } | 'failed' | null>(null)
  const where = isGlobal
    ? `where[target][equals]=${target}`
    : `where[target][equals]=${target}&where[documentId][equals]=${id}`
  const api = `${config.serverURL}${config.routes.api}`

  // biome-ignore lint/correctness/useExhaustiveDependencies: read again after every save
  useEffect(() => {
    if (!isGlobal && id === undefined) return
    let current = true
    fetch(`${api}/audit-log?${where}&sort=-createdAt&limit=${SHOWN}&depth=0`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then(
        (found: { docs: Entry[]; totalDocs: number }) =>
          current && setState({ entries: found.docs, total: found.totalDocs }),
        () => current && setState('failed'),
      )
    return () => {
      current = false
    }
  }, [api, where, lastUpdateTime])

  if (!isGlobal && id === undefined) return null
  const when = momentFormat(language)
  return (
    <section
      className="field-type audit-trail"
      data-testid="audit-trail"
      style={{ marginTop: 'calc(var(--base) * 1.5)' }}
    >
      <h4 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{texts.title}</h4>
      {state === 'failed' && <p>{texts.failed}</p>}
      {state && state !== 'failed' && state.entries.length === 0 && <p>{texts.empty}</p>}
      {state && state !== 'failed' && state.entries.length > 0 && (
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>{texts.when}</th>
              <th>{texts.who}</th>
              <th>{texts.door}</th>
              <th>{texts.changes}</th>
            </tr>
          </thead>
          <tbody>
            {state.entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-entry">
                <td style={{ whiteSpace: 'nowrap' }}>{when.format(new Date(entry.createdAt))}</td>
                <td>{entry.actorName ?? '—'}</td>
                <td>
                  {DOOR_LABELS[entry.door]?.[language] ?? entry.door}
                  {entry.via ? ` (${entry.via})` : ''}
                </td>
                <td>
                  <ChangeList
                    changes={entry.changes}
                    guide={guide}
                    texts={texts}
                    language={language}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state && state !== 'failed' && state.total > 0 && (
        <a href={`${config.routes.admin}/collections/audit-log?${where}`}>
          {texts.all} ({state.total})
        </a>
      )}
    </section>
  )
}
