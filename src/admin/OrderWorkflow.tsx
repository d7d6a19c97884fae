'use client'

import { useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import {
  allowedNextStatuses,
  type Fulfillment,
  isOrderStatus,
  STATUS_LABELS,
} from '@/domain/orderWorkflow'

/** Tells the manager which moves the workflow allows from the status the order was saved with. */
export const OrderWorkflow: UIFieldClientComponent = () => {
  const status = useFormFields(([fields]) => fields.status?.initialValue)
  const fulfillment = useFormFields(([fields]) => fields.fulfillment?.initialValue) as
    | Fulfillment
    | undefined
  const number = useFormFields(([fields]) => fields.number?.initialValue)
  if (!number || !isOrderStatus(status) || !fulfillment) return null
  const next = allowedNextStatuses({ status, fulfillment }, 'staff')
  return (
    <div className="field-type order-workflow" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">Allowed next statuses</div>
      <p data-testid="allowed-next-statuses">
        {next.length
          ? next.map((value) => STATUS_LABELS[value].en).join(', ')
          : 'None: this order is final'}
      </p>
    </div>
  )
}
