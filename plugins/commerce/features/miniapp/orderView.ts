import type { Order } from '@payload-types'
import type { MiniappOrder } from '@/domain/miniappApi'
import { allowedNextStatuses } from '@/domain/orderWorkflow'
import { leftToPay } from '@/domain/payments'
import { relationId } from '@/shared/relationId'

/** An order as the Mini App shows it: its lines as copied when it was placed, and what is left to pay. */
export function orderView(order: Order): MiniappOrder {
  const status = order.status ?? 'new'
  const left = leftToPay(order)
  return {
    id: order.id,
    number: order.number ?? 0,
    status,
    paymentStatus: order.paymentStatus ?? 'unpaid',
    fulfillment: order.fulfillment,
    deliveryDate: order.deliveryDate.slice(0, 10),
    deliveryAddress: order.deliveryAddress ?? null,
    comment: order.comment ?? null,
    items: (order.items ?? []).map((item) => ({
      product: relationId(item.product) ?? 0,
      productName: item.productName ?? '',
      unit: item.unit ?? 'pcs',
      quantity: item.quantity,
      unitPrice: item.unitPrice ?? 0,
      lineTotal: item.lineTotal ?? 0,
    })),
    total: order.total ?? 0,
    leftToPay: left,
    currency: order.currency ?? 'UZS',
    source: order.source ?? null,
    createdAt: order.createdAt,
    canCancel: allowedNextStatuses({ status, fulfillment: order.fulfillment }, 'client').includes(
      'cancelled',
    ),
    canPay: status !== 'cancelled' && left > 0,
  }
}
