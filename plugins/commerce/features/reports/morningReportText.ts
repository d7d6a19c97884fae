import type { Translate } from '@commerce/bot/i18n'

import { formatMoney } from '@/domain/money'
import type { MorningReport } from '@/domain/morningReport'

/** The summary as the staff chat reads it: totals first, then what to bake. */
export function morningReportText(report: MorningReport, t: Translate): string {
  if (report.orders === 0) return t('morning-empty', { date: report.date })
  return [
    t('morning-title', { date: report.date }),
    t('morning-orders', { count: report.orders, total: formatMoney(report.total) }),
    t('morning-delivery', {
      count: report.delivery.orders,
      total: formatMoney(report.delivery.total),
    }),
    t('morning-pickup', { count: report.pickup.orders, total: formatMoney(report.pickup.total) }),
    '',
    t('morning-products'),
    ...report.products.map((product) =>
      t('morning-product', {
        name: product.name,
        quantity: product.quantity,
        unit: product.unit,
        delivery: product.delivery,
        pickup: product.pickup,
      }),
    ),
  ].join('\n')
}
