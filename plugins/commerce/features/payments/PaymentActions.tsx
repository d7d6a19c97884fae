'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import type React from 'react'
import { useState } from 'react'

import { type AdminTexts, adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { formatMoney, parseMoneyInput } from '@/domain/money'
import { PROVIDER_LABELS } from '@/domain/transactionLabels'

type Text =
  | 'typeAnAmount'
  | 'noAnswer'
  | 'done'
  | 'amount'
  | 'amountPlaceholder'
  | 'refund'
  | 'reason'
  | 'recordPayment'
  | 'recordButton'
  | 'method'
  | 'reference'
  | 'referencePlaceholder'

const TEXTS: AdminTexts<Text> = {
  ru: {
    typeAnAmount: 'Введите сумму в сумах, например 48 000',
    noAnswer: 'Сервер не ответил; попробуйте ещё раз',
    done: 'Готово',
    amount: 'сумма в сумах',
    amountPlaceholder: 'Сумма, сум',
    refund: 'Возврат',
    reason: 'Причина',
    recordPayment: 'Записать оплату',
    recordButton: 'Записать оплату',
    method: 'способ',
    reference: 'номер документа',
    referencePlaceholder: 'Номер документа (платёжного поручения)',
  },
  uz: {
    typeAnAmount: "Summani so'mda kiriting, masalan 48 000",
    noAnswer: "Server javob bermadi; qayta urinib ko'ring",
    done: 'Bajarildi',
    amount: "so'mdagi summa",
    amountPlaceholder: "Summa, so'm",
    refund: 'Qaytarish',
    reason: 'Sabab',
    recordPayment: "To'lovni qayd etish",
    recordButton: "To'lovni qayd etish",
    method: 'usul',
    reference: 'hujjat raqami',
    referencePlaceholder: "Hujjat raqami (to'lov topshiriqnomasi)",
  },
  en: {
    typeAnAmount: "Enter an amount in so'm, for example 48 000",
    noAnswer: 'The server did not answer; try again',
    done: 'Done',
    amount: "amount in so'm",
    amountPlaceholder: "Amount, so'm",
    refund: 'Refund',
    reason: 'Reason',
    recordPayment: 'Record a payment',
    recordButton: 'Record payment',
    method: 'method',
    reference: 'reference',
    referencePlaceholder: 'Reference (payment order no.)',
  },
}

/** The texts and the language of the user, for the forms below. */
function usePaymentTexts() {
  const { i18n } = useTranslation()
  const language = adminLanguageOf(i18n.language)
  return { language, texts: TEXTS[language] }
}

const newRequestId = () => crypto.randomUUID()

/**
 * One money action as a small form posting to the payments API. The request id is made when the
 * form opens and kept until it succeeds, so a double click is one payment or one refund.
 */
function MoneyAction(props: {
  title: string
  button: string
  endpoint: 'manual' | 'refund'
  orderId: number
  fields: (
    set: (name: string, value: string) => void,
    values: Record<string, string>,
  ) => React.ReactNode
  initial: Record<string, string>
}) {
  const { config } = useConfig()
  const router = useRouter()
  const { language, texts } = usePaymentTexts()
  const [values, setValues] = useState(props.initial)
  const [requestId, setRequestId] = useState(newRequestId)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (name: string, value: string) =>
    setValues((current) => ({ ...current, [name]: value }))

  async function submit() {
    const amount = parseMoneyInput(values.amount ?? '')
    if (amount === null || amount <= 0) return setMessage({ ok: false, text: texts.typeAnAmount })
    setBusy(true)
    const { amount: _typed, ...rest } = values
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/payments/${props.endpoint}`,
      {
        method: 'POST',
        credentials: 'include',
        // The server answers a refusal in the language the page is in, as Payload's own forms ask.
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ ...rest, order: props.orderId, amount, requestId }),
      },
    ).catch(() => null)
    setBusy(false)
    const body = (await response?.json().catch(() => null)) as {
      errors?: { message: string }[]
    } | null
    if (!response?.ok)
      return setMessage({
        ok: false,
        text: body?.errors?.[0]?.message ?? texts.noAnswer,
      })
    setMessage({ ok: true, text: `${texts.done}: ${formatMoney(amount, 'UZS', language)}` })
    setRequestId(newRequestId())
    setValues(props.initial)
    router.refresh()
  }

  return (
    // Not a <form>: it sits inside the document's own form, and forms cannot nest.
    <div data-testid={`payment-${props.endpoint}`} style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{props.title}</div>
      <input
        aria-label={`${props.title}: ${texts.amount}`}
        placeholder={texts.amountPlaceholder}
        value={values.amount ?? ''}
        onChange={(e) => set('amount', e.target.value)}
        style={{ width: '100%', marginBottom: 4 }}
      />
      {props.fields(set, values)}
      <button
        type="button"
        onClick={submit}
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        style={{ margin: '4px 0 0' }}
      >
        {props.button}
      </button>
      {message && (
        <p style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      )}
    </div>
  )
}

function RefundForm({ orderId }: { orderId: number }) {
  const { texts } = usePaymentTexts()
  return (
    <MoneyAction
      title={texts.refund}
      button={texts.refund}
      endpoint="refund"
      orderId={orderId}
      initial={{ amount: '', reason: '' }}
      fields={(set, values) => (
        <input
          aria-label={`${texts.refund}: ${texts.reason}`}
          placeholder={texts.reason}
          value={values.reason}
          onChange={(e) => set('reason', e.target.value)}
          style={{ width: '100%' }}
        />
      )}
    />
  )
}

/** In an order's sidebar: record cash or a bank transfer, or refund. */
export function OrderPaymentActions() {
  const { id } = useDocumentInfo()
  const { language, texts } = usePaymentTexts()
  if (id === undefined) return null
  return (
    <div className="payment-actions">
      <MoneyAction
        title={texts.recordPayment}
        button={texts.recordButton}
        endpoint="manual"
        orderId={Number(id)}
        initial={{ amount: '', provider: 'bank_transfer', reference: '' }}
        fields={(set, values) => (
          <>
            <select
              aria-label={`${texts.recordPayment}: ${texts.method}`}
              value={values.provider}
              onChange={(e) => set('provider', e.target.value)}
              style={{ width: '100%', marginBottom: 4 }}
            >
              <option value="bank_transfer">{PROVIDER_LABELS.bank_transfer[language]}</option>
              <option value="cash">{PROVIDER_LABELS.cash[language]}</option>
            </select>
            <input
              aria-label={`${texts.recordPayment}: ${texts.reference}`}
              placeholder={texts.referencePlaceholder}
              value={values.reference}
              onChange={(e) => set('reference', e.target.value)}
              style={{ width: '100%' }}
            />
          </>
        )}
      />
      <RefundForm orderId={Number(id)} />
    </div>
  )
}

/** In a payment transaction's sidebar: refund against its order. */
export function TransactionRefundAction() {
  const order = useFormFields(([fields]) => fields.order?.value) as
    | number
    | { id: number }
    | null
    | undefined
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const orderId = typeof order === 'object' ? order?.id : order
  if (!orderId || kind !== 'payment') return null
  return <RefundForm orderId={orderId} />
}
