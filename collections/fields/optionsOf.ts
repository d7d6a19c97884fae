import type { Translated } from '@/domain/languages'

/**
 * Select options from their stored values and a label for each in every language: a value
 * without its labels does not compile.
 */
export function optionsOf<Value extends string>(
  values: readonly Value[],
  labels: Record<Value, Translated>,
): { label: Translated; value: Value }[] {
  return values.map((value) => ({ label: labels[value], value }))
}
