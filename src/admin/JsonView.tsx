'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A stored JSON payload (a provider's event, a message), shown as indented text. Payload's JSON
 * editor loads Monaco from a CDN, so offline it never appears; these payloads are read, not edited.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path: pathFromProps }) => {
  const path = pathFromProps ?? field.name
  const { value } = useField<unknown>({ path })
  return (
    <div className="field-type json-view">
      <FieldLabel label={field.label} path={path} />
      <pre
        className="json-view__value"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
