'use client'

import { useConfig, useForm, useFormFields } from '@payloadcms/ui'
import type { FormState } from 'payload'
import { useEffect, useState } from 'react'

import { formatMoney } from '@/domain/money'
import type { AdminTexts } from './i18n/adminLanguages'
import { useAdminLanguage } from './i18n/useAdminLanguage'
import { useAdminTexts } from './i18n/useAdminTexts'

const TEXTS: AdminTexts<'title' | 'pickClient' | 'total' | 'unreachable'> = {
  ru: {
    title: 'Цены клиента',
    pickClient: 'Выберите клиента, чтобы увидеть его цены',
    total: 'Итого по ценам клиента',
    unreachable: 'Сервер не ответил: цены появятся после сохранения',
  },
  uz: {
    title: 'Mijoz narxlari',
    pickClient: "Mijozning narxlarini ko'rish uchun mijozni tanlang",
    total: "Mijoz narxlari bo'yicha jami",
    unreachable: 'Server javob bermadi: narxlar saqlangandan keyin chiqadi',
  },
  en: {
    title: "Client's prices",
    pickClient: 'Choose the client to see their prices',
    total: "Total at the client's prices",
    unreachable: 'The server did not answer: prices appear on save',
  },
}

const LINE_FIELDS = ['productName', 'unit', 'unitPrice', 'lineTotal'] as const

interface Kept {
  productName: string
  unit: string
  unitPrice: number
}
interface DraftLine {
  product: number | null
  quantity: unknown
  kept: Kept | null
}
interface Draft {
  editable: boolean
  client: number | null
  items: DraftLine[]
}
interface Preview {
  lines: {
    line: Record<(typeof LINE_FIELDS)[number], string | number> | null
    problem: string | null
  }[]
  total: number
}

const idOf = (value: unknown): number | null => {
  const id =
    typeof value === 'object' && value !== null ? (value as { value?: unknown }).value : value
  return typeof id === 'number'
    ? id
    : typeof id === 'string' && /^\d+$/.test(id)
      ? Number(id)
      : null
}

/**
 * The order as typed so far, as the server would price it. A string, so the form's every change
 * that does not touch it (the prices this component writes back) does not ask again.
 */
function draftOf(fields: FormState): string {
  const client = idOf(fields.client?.value)
  const sameClient = client === idOf(fields.client?.initialValue)
  const rows = fields.items?.rows?.length ?? 0
  const items = Array.from({ length: rows }, (_, index): DraftLine => {
    const at = (name: string) => fields[`items.${index}.${name}`]
    const product = idOf(at('product')?.value)
    // A saved line keeps the price copied when it was added, unless the client changes.
    const price = at('unitPrice')?.initialValue
    const kept =
      sameClient && typeof price === 'number' && product === idOf(at('product')?.initialValue)
        ? {
            productName: String(at('productName')?.initialValue ?? ''),
            unit: String(at('unit')?.initialValue ?? ''),
            unitPrice: price,
          }
        : null
    return { product, quantity: at('quantity')?.value ?? null, kept }
  })
  const editable = !fields.number?.initialValue || fields.status?.initialValue === 'new'
  return JSON.stringify({ editable, client, items } satisfies Draft)
}

/**
 * Prices the lines while the manager types them, from the server (the client's own price, else
 * the base price), and writes them into the lines' read-only price fields. The save prices them
 * again; this only lets the manager check before saving.
 */
export function OrderDraftPrices() {
  const { config } = useConfig()
  const texts = useAdminTexts(TEXTS)
  const language = useAdminLanguage()
  const draft = useFormFields(([fields]) => draftOf(fields))
  const { dispatchFields } = useForm()
  const [preview, setPreview] = useState<Preview | null>(null)
  const [unreachable, setUnreachable] = useState(false)

  useEffect(() => {
    const { editable, client, items } = JSON.parse(draft) as Draft
    if (!editable || client === null || items.length === 0) return setPreview(null)
    const controller = new AbortController()
    // Typing a quantity asks once it settles, not on every keystroke.
    const timer = setTimeout(async () => {
      const response = await fetch(`${config.serverURL}${config.routes.api}/orders/price-preview`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({
          client,
          items: items.map(({ product, quantity, kept }) => ({
            product,
            quantity: typeof quantity === 'number' ? quantity : null,
            kept,
          })),
        }),
        signal: controller.signal,
      }).catch(() => null)
      if (controller.signal.aborted) return
      setUnreachable(!response?.ok)
      if (!response?.ok) return
      const answer = (await response.json()) as Preview
      answer.lines.forEach(({ line }, index) => {
        for (const name of LINE_FIELDS)
          dispatchFields({
            type: 'UPDATE',
            path: `items.${index}.${name}`,
            value: line?.[name] ?? null,
          })
      })
      dispatchFields({ type: 'UPDATE', path: 'total', value: answer.total })
      setPreview(answer)
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [draft, config, dispatchFields, language])

  const { editable, client } = JSON.parse(draft) as Draft
  if (!editable) return null
  return (
    <div className="field-type order-draft-prices" data-testid="order-draft-prices">
      <h4>{texts.title}</h4>
      {client === null && <p>{texts.pickClient}</p>}
      {unreachable && <p className="field-error">{texts.unreachable}</p>}
      {preview && (
        <>
          <ul>
            {preview.lines.map(({ line, problem }, index) =>
              line || problem ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a line is its row number here
                <li key={index} className={problem ? 'field-error' : undefined}>
                  {index + 1}.{' '}
                  {line
                    ? `${line.productName}: ${formatMoney(Number(line.unitPrice), 'UZS', language)} → ${formatMoney(Number(line.lineTotal), 'UZS', language)}`
                    : problem}
                </li>
              ) : null,
            )}
          </ul>
          <p>
            <strong>
              {texts.total}: {formatMoney(preview.total, 'UZS', language)}
            </strong>
          </p>
        </>
      )}
    </div>
  )
}
