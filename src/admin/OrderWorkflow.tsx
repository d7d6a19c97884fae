'use client'

import { useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import {
  allowedNextStatuses,
  type Fulfillment,
  isOrderStatus,
  STATUS_LABELS,
} from '@/domain/orderWorkflow'
import type { AdminTexts } from './i18n/adminLanguages'
import { useAdminLanguage } from './i18n/useAdminLanguage'

const TEXTS: AdminTexts<'allowed' | 'final'> = {
  ru: { allowed: 'Куда можно перевести', final: 'Никуда: это окончательный статус' },
  uz: { allowed: "Qaysi holatga o'tkazish mumkin", final: 'Hech qayerga: bu yakuniy holat' },
  en: { allowed: 'Allowed next statuses', final: 'None: this order is final' },
}

/** Tells the manager which moves the workflow allows from the status the order was saved with. */
export const OrderWorkflow: UIFieldClientComponent = () => {
  const language = useAdminLanguage()
  const status = useFormFields(([fields]) => fields.status?.initialValue)
  const fulfillment = useFormFields(([fields]) => fields.fulfillment?.initialValue) as
    | Fulfillment
    | undefined
  const number = useFormFields(([fields]) => fields.number?.initialValue)
  if (!number || !isOrderStatus(status) || !fulfillment) return null
  const next = allowedNextStatuses({ status, fulfillment }, 'staff')
  const texts = TEXTS[language]
  return (
    <div className="field-type order-workflow" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{texts.allowed}</div>
      <p data-testid="allowed-next-statuses">
        {next.length ? next.map((value) => STATUS_LABELS[value][language]).join(', ') : texts.final}
      </p>
    </div>
  )
}
