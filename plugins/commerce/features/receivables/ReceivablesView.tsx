import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { documentDate } from '@/domain/invoicePeriod'
import { formatMoney } from '@/domain/money'
import { AGEING_BUCKETS } from '@/domain/receivables'
import { hasRole } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { todayIn } from '@/shared/todayIn'
import { RECEIVABLES_ROLES } from './access'
import { loadReceivables } from './loadReceivables'
import { RECEIVABLES_TEXTS } from './texts'

const cell = { padding: '8px 12px', textAlign: 'left' as const }
const amount = { ...cell, textAlign: 'right' as const, whiteSpace: 'nowrap' as const }

/** `/admin/receivables`: every client who owes, most first, aged from delivery, with the totals. */
export async function ReceivablesView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const language = adminLanguageOf(i18n.language)
  const t = RECEIVABLES_TEXTS[language]
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <section data-testid="receivables" style={{ paddingBottom: 'calc(var(--base) * 2)' }}>
          {hasRole(user, ...RECEIVABLES_ROLES) ? (
            <ReceivablesTable payload={payload} language={language} />
          ) : (
            <>
              <h1>{t.title}</h1>
              <p>{t.notAllowed}</p>
            </>
          )}
        </section>
      </Gutter>
    </DefaultTemplate>
  )
}

async function ReceivablesTable({
  payload,
  language,
}: {
  payload: AdminViewServerProps['payload']
  language: ReturnType<typeof adminLanguageOf>
}) {
  const t = RECEIVABLES_TEXTS[language]
  const { today, clients, totals } = await loadReceivables(
    sqlDatabase(payload),
    await todayIn(payload),
  )
  const { routes, serverURL } = payload.config
  const exportURL = `${serverURL}${routes.api}/receivables?format=xlsx&lang=${language}`
  return (
    <>
      <h1>
        {t.title} {t.asOf.replace('{date}', documentDate(today))}
      </h1>
      <p>{t.explanation}</p>
      <p>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={exportURL}
          download
          data-testid="receivables-export"
        >
          {t.export}
        </a>
      </p>
      {clients.length === 0 ? (
        <p>{t.nobody}</p>
      ) : (
        <div className="table">
          <table>
            <thead>
              <tr>
                <th style={cell}>{t.client}</th>
                <th style={cell}>{t.phone}</th>
                <th style={amount}>{t.orders}</th>
                {AGEING_BUCKETS.map((bucket) => (
                  <th key={bucket} style={amount}>
                    {t[bucket]}
                  </th>
                ))}
                <th style={amount}>{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.clientId} data-testid="receivables-row">
                  <td style={cell}>
                    <a
                      href={formatAdminURL({
                        adminRoute: routes.admin,
                        path: `/collections/clients/${client.clientId}`,
                      })}
                    >
                      {client.name || `#${client.clientId}`}
                    </a>
                  </td>
                  <td style={cell}>{client.phone ?? '—'}</td>
                  <td style={amount}>{client.orders}</td>
                  {AGEING_BUCKETS.map((bucket) => (
                    <td key={bucket} style={amount}>
                      {client.buckets[bucket]
                        ? formatMoney(client.buckets[bucket], 'UZS', language)
                        : '—'}
                    </td>
                  ))}
                  <td style={{ ...amount, fontWeight: 600 }}>
                    {formatMoney(client.total, 'UZS', language)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="receivables-totals" style={{ fontWeight: 600 }}>
                <td style={cell}>
                  {t.totals} ({totals.clients})
                </td>
                <td style={cell} />
                <td style={amount}>{totals.orders}</td>
                {AGEING_BUCKETS.map((bucket) => (
                  <td key={bucket} style={amount}>
                    {formatMoney(totals.buckets[bucket], 'UZS', language)}
                  </td>
                ))}
                <td style={amount}>{formatMoney(totals.total, 'UZS', language)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  )
}
