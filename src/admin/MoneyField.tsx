'use client'

import { getTranslation } from '@payloadcms/translations'
import { TextInput, useField, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import type React from 'react'
import { useEffect, useState } from 'react'

import { currencyName, formatAmount, parseMoneyInput } from '@/domain/money'
import type { AdminTexts } from './i18n/adminLanguages'
import { adminLanguageOf } from './i18n/adminLanguages'

const TEXTS: AdminTexts<'typeAnAmount'> = {
  ru: { typeAnAmount: 'Введите сумму в сумах, например 7 500' },
  uz: { typeAnAmount: "Summani so'mda kiriting, masalan 7 500" },
  en: { typeAnAmount: "Type an amount in so'm, for example 7 500" },
}

/** Shows and takes an amount in so'm while the form keeps integer tiyin. */
export const MoneyField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<number | null>({ path })
  const { i18n } = useTranslation()
  const language = adminLanguageOf(i18n.language)
  const [text, setText] = useState(formatInput(value))
  const [typingError, setTypingError] = useState<string | null>(null)

  // Keep the text in step when the value changes elsewhere (a hook's result after save); the
  // text typed is read, not watched, or every keystroke would be reformatted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (parseMoneyInput(text) !== value) setText(formatInput(value))
  }, [value])

  const label = field.label ? getTranslation(field.label, i18n) : field.name
  const { description } = field.admin ?? {}
  return (
    <TextInput
      path={path}
      label={`${label} (${currencyName('UZS', language)})`}
      required={field.required}
      readOnly={readOnly || disabled || field.admin?.readOnly}
      description={typeof description === 'function' ? undefined : description}
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
        setTypingError(minor === null ? TEXTS[language].typeAnAmount : null)
        if (minor !== null) setValue(minor)
      }}
      placeholder="0"
    />
  )
}

function formatInput(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatAmount(value) : ''
}
