import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import type { DriverList } from '@/domain/driverList'
import { documentDate } from '@/domain/invoicePeriod'
import { formatAmount } from '@/domain/money'
import { DOCUMENT_TEXTS, unitIn } from './documentTexts'
import { html, printPage } from './printPage'

export interface DriverListPage {
  day: string
  list: DriverList
  language: AdminLanguage
  currency: string
  linkTo: (query: Record<string, string>) => string
}

/** The day's driver's list as A4 landscape pages, one route per page. */
export function driverListHtml({ day, list, language, currency, linkTo }: DriverListPage): string {
  const texts = DOCUMENT_TEXTS[language]
  const { driver: t, invoice: labels } = texts
  const title = t.title(documentDate(day))
  const routes = list.routes.map(
    ({ route, stops, load, totals }) => html`
<section class="route" data-testid="route" data-route="${route ?? ''}">
  <h1>${title}</h1>
  <h2>${t.route}: ${route ?? t.noRoute}</h2>
  <p>${labels.currency(currency)}</p>
  <table data-testid="stops">
    <thead><tr>
      <th class="num">№</th><th>${labels.columns.order}</th><th>${t.client}</th><th>${t.address}</th>
      <th>${t.phone}</th><th>${t.handOver}</th><th class="num">${t.orderTotal}</th>
      <th class="num">${t.toCollect}</th><th>${t.signature}</th>
    </tr></thead>
    <tbody>
    ${stops.map(
      (stop, index) => html`<tr data-order="${stop.number}">
      <td class="num">${index + 1}</td>
      <td>${stop.number}</td>
      <td>${stop.clientName}${stop.contactName ? html`<br>${stop.contactName}` : ''}</td>
      <td>${stop.address ?? '—'}${stop.comment ? html`<br><i>${stop.comment}</i>` : ''}</td>
      <td style="white-space: nowrap">${stop.phone ?? '—'}</td>
      <td>${stop.lines.map(
        (line, at) =>
          html`${at ? html`<br>` : ''}${line.product} — ${line.quantity} ${unitIn(texts, line.unit)}`,
      )}</td>
      <td class="num">${formatAmount(stop.total)}</td>
      <td class="num" data-testid="to-collect"><b>${formatAmount(stop.toCollect)}</b></td>
      <td style="min-width: 28mm"></td>
    </tr>`,
    )}
    <tr class="total"><td colspan="6">${t.routeTotal} (${labels.orders}: ${totals.orders})</td>
      <td class="num">${formatAmount(totals.goods)}</td>
      <td class="num" data-testid="route-to-collect">${formatAmount(totals.toCollect)}</td><td></td></tr>
    </tbody>
  </table>
  <h2>${t.load}</h2>
  <table data-testid="load" style="width: auto">
    <thead><tr><th>${labels.columns.product}</th><th class="num">${t.quantity}</th><th>${labels.columns.unit}</th></tr></thead>
    <tbody>${load.map(
      (line) =>
        html`<tr><td>${line.product}</td><td class="num">${line.quantity}</td><td>${unitIn(texts, line.unit)}</td></tr>`,
    )}</tbody>
  </table>
  <div class="signatures">
    ${[t.released, t.driver].map(
      (who) =>
        html`<div><b>${who}</b><div class="line"></div><div class="hint">${texts.note.signatureHint}</div></div>`,
    )}
  </div>
</section>`,
  )
  // Several routes: the dispatcher's page last, each route's figures and the day's.
  const summary = html`
<section class="route" data-testid="summary">
  <h1>${title}</h1>
  <table style="width: auto">
    <thead><tr><th>${t.route}</th><th class="num">${labels.orders}</th><th class="num">${t.orderTotal}</th><th class="num">${t.toCollect}</th></tr></thead>
    <tbody>
    ${list.routes.map(
      ({ route, totals }) =>
        html`<tr><td>${route ?? t.noRoute}</td><td class="num">${totals.orders}</td><td class="num">${formatAmount(totals.goods)}</td><td class="num">${formatAmount(totals.toCollect)}</td></tr>`,
    )}
    <tr class="total"><td>${labels.grandTotal}</td><td class="num">${list.totals.orders}</td><td class="num">${formatAmount(list.totals.goods)}</td><td class="num" data-testid="day-to-collect">${formatAmount(list.totals.toCollect)}</td></tr>
    </tbody>
  </table>
</section>`
  const body = list.routes.length
    ? html`${routes}${list.routes.length > 1 ? summary : ''}`
    : html`<h1>${title}</h1><p data-testid="empty">${t.empty(documentDate(day))}</p>`
  return printPage({ language, title, texts, orientation: 'landscape', linkTo, body })
}
