import type { Translated } from './languages'
import { type Fulfillment, nextStep, type OrderStatus } from './orderWorkflow'

/** Where a delivery stands at the courier service, as its webhooks tell it. */
export const DELIVERY_STATUSES = [
  'requested',
  'assigned',
  'picked_up',
  'delivered',
  'cancelled',
  'failed',
] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, Translated> = {
  requested: { ru: 'Запрошена', uz: "So'ralgan", en: 'Requested' },
  assigned: { ru: 'Курьер назначен', uz: 'Kuryer tayinlangan', en: 'Courier assigned' },
  picked_up: { ru: 'Курьер забрал', uz: 'Kuryer olib ketdi', en: 'Picked up' },
  delivered: { ru: 'Доставлена', uz: 'Yetkazildi', en: 'Delivered' },
  cancelled: { ru: 'Отменена', uz: 'Bekor qilingan', en: 'Cancelled' },
  failed: { ru: 'Не удалась', uz: 'Amalga oshmadi', en: 'Failed' },
}

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(value)
}

/**
 * The order status at which a courier is called: `preparing`. A delivery date is often days
 * ahead, so `accepted` would call a courier for bread not yet baked; `on_the_way` is what the
 * courier's pick-up sets. Calling while the kitchen works lets the courier arrive as it finishes.
 */
export const READY_TO_LEAVE: OrderStatus = 'preparing'

const RANK: Record<DeliveryStatus, number> = {
  requested: 0,
  assigned: 1,
  picked_up: 2,
  delivered: 3,
  cancelled: 3,
  failed: 3,
}
const FINAL: readonly DeliveryStatus[] = ['delivered', 'cancelled', 'failed']

export const isFinalDelivery = (status: DeliveryStatus) => FINAL.includes(status)

/** The courier's own statuses that move the order, and where to. */
export const ORDER_MOVE_FOR: Partial<Record<DeliveryStatus, OrderStatus>> = {
  picked_up: 'on_the_way',
  delivered: 'delivered',
}

type OrderState = { status: OrderStatus; fulfillment: Fulfillment }

/** Whether the order just became ready to leave by delivery: a courier is to be requested. */
export function shouldRequestDelivery(order: OrderState, previous: OrderStatus | null): boolean {
  return (
    order.fulfillment === 'delivery' && order.status === READY_TO_LEAVE && previous !== order.status
  )
}

/** Whether the order was just cancelled while its delivery is still live at the courier. */
export function shouldCancelDelivery(
  order: { status: OrderStatus },
  previous: OrderStatus | null,
  delivery: DeliveryStatus | null,
): boolean {
  return (
    order.status === 'cancelled' &&
    previous !== 'cancelled' &&
    delivery !== null &&
    !isFinalDelivery(delivery)
  )
}

/**
 * The delivery's status once the courier reports `reported`: it only goes forward, since
 * webhooks arrive late and out of order; a final status stays.
 */
export function deliveryStatusAfter(
  current: DeliveryStatus,
  reported: DeliveryStatus,
): DeliveryStatus {
  if (isFinalDelivery(current)) return current
  return RANK[reported] > RANK[current] ? reported : current
}

/** Whether the order is at `target` or past it along its workflow's forward steps. */
export function reached(order: OrderState, target: OrderStatus): boolean {
  for (let status: OrderStatus | null = target; status; ) {
    if (status === order.status) return true
    status = nextStep({ status, fulfillment: order.fulfillment })
  }
  return false
}

/**
 * The moves a courier report asks of the order, one workflow step each: none when it is there
 * already (a late or repeated report), the steps between when the order is on the courier's leg
 * (a `delivered` whose pick-up was lost), else the one move asked, for the workflow to refuse.
 */
export function orderMovesFor(order: OrderState, reported: DeliveryStatus): OrderStatus[] {
  const target = ORDER_MOVE_FOR[reported]
  if (!target || reached(order, target)) return []
  if (!reached(order, READY_TO_LEAVE)) return [target]
  const steps: OrderStatus[] = []
  for (let status = nextStep(order); status; status = nextStep({ ...order, status })) {
    steps.push(status)
    if (status === target) return steps
  }
  return [target]
}

/**
 * Why staff should look at a report, or null: the order refused it (a conflict), or the courier
 * failed or withdrew a delivery the order still counts on.
 */
export function staffAttention(
  reported: DeliveryStatus,
  order: { status: OrderStatus },
  refused: boolean,
): 'conflict' | 'failed' | 'withdrawn' | null {
  if (refused) return 'conflict'
  if (reported === 'failed') return 'failed'
  if (reported === 'cancelled' && order.status !== 'cancelled') return 'withdrawn'
  return null
}
