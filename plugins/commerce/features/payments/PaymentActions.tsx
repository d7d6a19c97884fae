'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import type React from 'react'
import { useState } from 'react'

import { formatMoney, parseMoneyInput } from '@/domain/money'

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
  const [values, setValues] = useState(props.initial)
  const [requestId, setRequestId] = useState(newRequestId)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (name: string, value: string) =>
    setValues((current) => ({ ...current, [name]: value }))

  async function submit() {
    const amount = parseMoneyInput(values.amount ?? '')
    if (amount === null || amount <= 0)
      return setMessage({ ok: false, text: "Enter an amount in so'm, for example 48 000" })
    setBusy(true)
    const { amount: _typed, ...rest } = values
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/payments/${props.endpoint}`,
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
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
        text: body?.errors?.[0]?.message ?? 'The server did not answer; try again',
      })
    setMessage({ ok: true, text: `Done: ${formatMoney(amount)}` })
    setRequestId(newRequestId())
    setValues(props.initial)
    router.refresh()
  }

  return (
    // Not a <form>: it sits inside the document's own form, and forms cannot nest.
    <div data-testid={`payment-${props.endpoint}`} style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{props.title}</div>
      <input
        aria-label={`${props.title}: amount in so'm`}
        placeholder="Amount, so'm"
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
  return (
    <MoneyAction
      title="Refund"
      button="Refund"
      endpoint="refund"
      orderId={orderId}
      initial={{ amount: '', reason: '' }}
      fields={(set, values) => (
        <input
          aria-label="Refund: reason"
          placeholder="Reason"
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
  if (id === undefined) return null
  return (
    <div className="payment-actions">
      <MoneyAction
        title="Record a payment"
        button="Record payment"
        endpoint="manual"
        orderId={Number(id)}
        initial={{ amount: '', provider: 'bank_transfer', reference: '' }}
        fields={(set, values) => (
          <>
            <select
              aria-label="Record a payment: method"
              value={values.provider}
              onChange={(e) => set('provider', e.target.value)}
              style={{ width: '100%', marginBottom: 4 }}
            >
              <option value="bank_transfer">Bank transfer</option>
              <option value="cash">Cash</option>
            </select>
            <input
              aria-label="Record a payment: reference"
              placeholder="Reference (payment order no.)"
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
