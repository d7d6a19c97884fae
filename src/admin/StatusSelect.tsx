'use client'

import { SelectField, useFormFields } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

import { FULFILLMENTS, initialStatus, isOrderStatus, statusChoices } from '@/domain/orderWorkflow'

/**
 * The order's status menu offers only what a save could do: the status it was saved with and
 * the moves its workflow allows from there (a new order: "new" alone). The server still decides.
 */
export const StatusSelect: SelectFieldClientComponent = (props) => {
  const saved = useFormFields(([fields]) => fields.status?.initialValue)
  const fulfillment = useFormFields(([fields]) => fields.fulfillment?.initialValue)
  const number = useFormFields(([fields]) => fields.number?.initialValue)
  const known = FULFILLMENTS.find((value) => value === fulfillment)
  const choices: string[] =
    number && isOrderStatus(saved) && known
      ? statusChoices({ status: saved, fulfillment: known })
      : [initialStatus()]
  const options = props.field.options.filter((option) =>
    choices.includes(typeof option === 'string' ? option : option.value),
  )
  return <SelectField {...props} field={{ ...props.field, options }} />
}
