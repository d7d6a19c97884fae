'use client'

import { TextInput, useField } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import type React from 'react'
import { useEffect, useState } from 'react'

import { formatAmount, parseMoneyInput } from '@/domain/money'

/** Shows and takes an amount in so'm while the form keeps integer tiyin. */
export const MoneyField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<number | null>({ path })
  const [text, setText] = useState(formatInput(value))
  const [typingError, setTypingError] = useState<string | null>(null)

  // Keep the text in step when the value changes elsewhere (a hook's result after save); the
  // text typed is read, not watched, or every keystroke would be reformatted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (parseMoneyInput(text) !== value) setText(formatInput(value))
  }, [value])

  const label = typeof field.label === 'string' ? field.label : field.name
  return (
    <TextInput
      path={path}
      label={`${label} (so'm)`}
      required={field.required}
      readOnly={readOnly || disabled || field.admin?.readOnly}
      description={field.admin?.description as string | undefined}
      value={text}
      showError={showError || typingError !== null}
      Error={typingError ? <div className="field-error">{typingError}</div> : undefined}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        const next = event.target.value
        setText(next)
        if (next.trim() === '') {
          setTypingError(null)
          setValue(null)
          return
        }
        const minor = parseMoneyInput(next)
        setTypingError(minor === null ? "Type an amount in so'm, for example 7 500" : null)
        if (minor !== null) setValue(minor)
      }}
      placeholder="0"
    />
  )
}

function formatInput(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatAmount(value) : ''
}
