import { amountInWords } from '@/domain/amountInWords'
import type { DeliveryNote } from '@/domain/deliveryNote'
import { documentDate } from '@/domain/invoicePeriod'
import { type LegalParty, partyLines } from '@/domain/legalParty'
import { formatAmount } from '@/domain/money'
import { DOCUMENT_TEXTS, type DocumentTexts, unitIn } from './documentTexts'
import { html, printPage } from './printPage'

/** The delivery note as an A4 page to print from the browser. */
export function deliveryNoteHtml(
  note: DeliveryNote,
  linkTo: (query: Record<string, string>) => string,
): string {
  const texts = DOCUMENT_TEXTS[note.language]
  const { invoice: labels, note: t } = texts
  const columns = labels.columns
  const title = t.title(note.number, documentDate(note.day))
  const body = html`
<h1 data-testid="title">${title}</h1>
${note.status === 'cancelled' ? html`<p class="stamp">${t.cancelled}</p>` : ''}
<div class="parties">
  ${party(texts, labels.seller, note.seller, 'seller')}
  ${party(texts, labels.buyer, note.buyer, 'buyer')}
</div>
<table class="plain" data-testid="delivery">
  <tr><th>${note.fulfillment === 'pickup' ? t.pickupDate : t.deliveryDate}</th><td>${documentDate(note.day)}</td></tr>
  ${note.fulfillment === 'pickup' ? '' : html`<tr><th>${t.deliveryAddress}</th><td>${note.deliveryAddress ?? '—'}</td></tr>`}
  <tr><th>${t.contact}</th><td>${[note.contactName, note.phone].filter(Boolean).join(', ') || '—'}</td></tr>
  ${note.comment ? html`<tr><th>${t.comment}</th><td>${note.comment}</td></tr>` : ''}
</table>
<p>${labels.currency(note.currency)}</p>
<table data-testid="lines">
  <thead><tr>
    <th class="num">${t.lineNumber}</th><th>${columns.product}</th><th>${columns.unit}</th>
    <th class="num">${columns.quantity}</th><th class="num">${columns.unitPrice}</th><th class="num">${columns.amount}</th>
  </tr></thead>
  <tbody>
  ${note.lines.map(
    (line, index) => html`<tr>
    <td class="num">${index + 1}</td><td>${line.product}</td><td>${unitIn(texts, line.unit)}</td>
    <td class="num">${line.quantity}</td><td class="num">${formatAmount(line.unitPrice)}</td><td class="num">${formatAmount(line.lineTotal)}</td>
  </tr>`,
  )}
  <tr class="total"><td colspan="5">${labels.total}</td><td class="num" data-testid="total">${formatAmount(note.total)}</td></tr>
  </tbody>
</table>
<p><b>${t.inWords}:</b> <span data-testid="in-words">${amountInWords(note.total, note.language, note.currency)}</span></p>
${
  note.amountPaid > 0
    ? html`<p data-testid="payment">${t.paid}: ${formatAmount(note.amountPaid)} · ${t.leftToPay}: <b>${formatAmount(note.leftToPay)}</b></p>`
    : ''
}
<div class="signatures">
  ${[t.released, t.received].map(
    (who) =>
      html`<div><b>${who}</b><div class="line"></div><div class="hint">${t.signatureHint}</div></div>`,
  )}
</div>`
  return printPage({
    language: note.language,
    title,
    texts,
    orientation: 'portrait',
    linkTo,
    body,
  })
}

/** A party's legal details; a missing one is printed plainly as missing. */
function party(texts: DocumentTexts, title: string, details: LegalParty, testId: string) {
  const labels = texts.invoice
  return html`<div data-testid="${testId}"><h2>${title}</h2><table class="plain">
  ${partyLines(details).map(
    ({ field, value, missing }) =>
      html`<tr><th>${labels.party[field]}</th><td${missing ? html` class="missing"` : ''}>${value ?? (missing ? labels.missing : '—')}</td></tr>`,
  )}
  </table></div>`
}
