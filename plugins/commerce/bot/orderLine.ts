import { formatMoney } from '@/domain/money'
import type { Translate } from './i18n'

/** One line of an order as every message shows it: `• White bread × 10 = 80 000`. */
export const orderLineText = (
  t: Translate,
  line: { name: string | null | undefined; quantity: number; total: number },
) =>
  t('order-line', {
    product: line.name ?? '?',
    quantity: String(line.quantity),
    total: formatMoney(line.total),
  })
