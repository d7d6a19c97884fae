import type { Translated } from './languages'

/** How a product is counted and sold. */
export const UNITS = ['pcs', 'kg', 'box'] as const
export type Unit = (typeof UNITS)[number]

export const UNIT_LABELS: Record<Unit, Translated> = {
  pcs: { ru: 'шт', uz: 'dona', en: 'pcs' },
  kg: { ru: 'кг', uz: 'kg', en: 'kg' },
  box: { ru: 'кор.', uz: 'quti', en: 'box' },
}

export const isUnit = (value: unknown): value is Unit => UNITS.includes(value as Unit)
