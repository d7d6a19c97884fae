import type { Language, Translated } from './languages'

export const ORDER_STATUSES = [
  'new',
  'accepted',
  'preparing',
  'on_the_way',
  'delivered',
  'ready',
  'given',
  'cancelled',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const FULFILLMENTS = ['delivery', 'pickup'] as const
export type Fulfillment = (typeof FULFILLMENTS)[number]

/** Where an order was placed; set by the server, never by the caller. */
export const ORDER_SOURCES = ['bot', 'miniapp', 'admin', 'api'] as const
export type OrderSource = (typeof ORDER_SOURCES)[number]

/**
 * Why an order may not be deleted, or null when it may: once accepted, or with any money
 * recorded, it is part of the books (invoices, acts, transactions) and is cancelled instead.
 */
export function deletionRefusal(
  order: { status?: string | null },
  movements: number,
): Translated | null {
  if (movements > 0)
    return {
      ru: 'По этому заказу записаны платежи: отмените его вместо удаления',
      uz: "Bu buyurtma bo'yicha to'lovlar qayd etilgan: o'chirish o'rniga bekor qiling",
      en: 'This order has payments recorded: cancel it instead of deleting it',
    }
  if (order.status && order.status !== 'new')
    return {
      ru: 'Удалить можно только новый заказ: этот отмените',
      uz: "Faqat yangi buyurtmani o'chirish mumkin: buni bekor qiling",
      en: 'Only a new order can be deleted: cancel this one instead',
    }
  return null
}

/** Scheduled jobs act with staff rights; a client only ever cancels a new order. */
export type Actor = 'staff' | 'client' | 'system'

type OrderState = { status: OrderStatus; fulfillment: Fulfillment }

const FORWARD: Record<Fulfillment, readonly OrderStatus[]> = {
  delivery: ['new', 'accepted', 'preparing', 'on_the_way', 'delivered'],
  pickup: ['new', 'accepted', 'preparing', 'ready', 'given'],
}

// Once the bread is on its way or on the counter it has been baked: cancelling is no longer a status change.
const STAFF_CANCELLABLE: readonly OrderStatus[] = ['new', 'accepted', 'preparing']
const FINAL: readonly OrderStatus[] = ['delivered', 'given', 'cancelled']

/** Each status as the admin shows it, in every language (the bot says them from its Fluent files). */
export const STATUS_LABELS: Record<OrderStatus, Translated> = {
  new: { ru: 'Новый', uz: 'Yangi', en: 'New' },
  accepted: { ru: 'Принят', uz: 'Qabul qilingan', en: 'Accepted' },
  preparing: { ru: 'Готовится', uz: 'Tayyorlanmoqda', en: 'Preparing' },
  on_the_way: { ru: 'В пути', uz: "Yo'lda", en: 'On the way' },
  delivered: { ru: 'Доставлен', uz: 'Yetkazilgan', en: 'Delivered' },
  ready: { ru: 'Готов к выдаче', uz: 'Olib ketishga tayyor', en: 'Ready for pickup' },
  given: { ru: 'Выдан', uz: 'Topshirilgan', en: 'Picked up' },
  cancelled: { ru: 'Отменён', uz: 'Bekor qilingan', en: 'Cancelled' },
}

export const FULFILLMENT_LABELS: Record<Fulfillment, Translated> = {
  delivery: { ru: 'Доставка', uz: 'Yetkazib berish', en: 'Delivery' },
  pickup: { ru: 'Самовывоз', uz: 'Olib ketish', en: 'Pickup' },
}

export const ORDER_SOURCE_LABELS: Record<OrderSource, Translated> = {
  bot: { ru: 'Бот', uz: 'Bot', en: 'Bot' },
  miniapp: { ru: 'Мини-приложение', uz: 'Mini ilova', en: 'Mini App' },
  admin: { ru: 'Панель управления', uz: 'Boshqaruv paneli', en: 'Admin panel' },
  api: { ru: 'API', uz: 'API', en: 'API' },
}

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (ORDER_STATUSES as readonly string[]).includes(value)
}

export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL.includes(status)
}

export function initialStatus(): OrderStatus {
  return 'new'
}

/** The moves `actor` may make from here: the next step first, then cancelling. */
export function allowedNextStatuses(order: OrderState, actor: Actor = 'staff'): OrderStatus[] {
  if (actor === 'client') return order.status === 'new' ? ['cancelled'] : []
  const path = FORWARD[order.fulfillment]
  const at = path.indexOf(order.status)
  const next: OrderStatus[] = at >= 0 && at < path.length - 1 ? [path[at + 1]] : []
  if (STAFF_CANCELLABLE.includes(order.status)) next.push('cancelled')
  return next
}

/** What a status menu offers: where the order is, then the moves `actor` may make from there. */
export function statusChoices(order: OrderState, actor: Actor = 'staff'): OrderStatus[] {
  return [order.status, ...allowedNextStatuses(order, actor)]
}

/** "A delivery order" as each language says it, to open a refusal with. */
const AN_ORDER: Record<Fulfillment, Translated> = {
  delivery: { ru: 'Заказ с доставкой', uz: 'Yetkaziladigan buyurtma', en: 'delivery order' },
  pickup: { ru: 'Заказ на самовывоз', uz: 'Olib ketiladigan buyurtma', en: 'pickup order' },
}

/**
 * Whether `actor` may set `to`; when not, a message for the person that names the allowed moves,
 * in every language (the API answers the English one, which names the stored values).
 */
export function checkTransition(
  order: OrderState,
  to: string,
  actor: Actor,
): { ok: true } | { ok: false; message: Translated } {
  if (!isOrderStatus(to))
    return {
      ok: false,
      message: {
        ru: `«${to}» — не статус заказа`,
        uz: `«${to}» buyurtma holati emas`,
        en: `"${to}" is not an order status`,
      },
    }
  // Saving an order without touching its status is not a move.
  if (to === order.status) return { ok: true }
  const allowed = allowedNextStatuses(order, actor)
  if (allowed.includes(to)) return { ok: true }
  if (actor === 'client')
    return {
      ok: false,
      message: {
        ru: 'Клиент может отменить заказ, только пока он новый',
        uz: "Mijoz buyurtmani faqat u yangi bo'lganida bekor qila oladi",
        en: 'A client can only cancel an order while it is new',
      },
    }
  const [kind, from, next] = [
    AN_ORDER[order.fulfillment],
    STATUS_LABELS[order.status],
    STATUS_LABELS[to],
  ]
  if (isFinalStatus(order.status)) {
    return {
      ok: false,
      message: {
        ru: `${kind.ru} в статусе «${from.ru}» — это окончательно: изменить его нельзя`,
        uz: `${kind.uz} «${from.uz}» holatida — bu yakuniy holat: uni o'zgartirib bo'lmaydi`,
        en: `This ${order.fulfillment} order is ${order.status}, which is final: no further changes`,
      },
    }
  }
  const said = (language: Language, none: string) =>
    allowed.map((status) => `«${STATUS_LABELS[status][language]}»`).join(', ') || none
  return {
    ok: false,
    message: {
      ru: `${kind.ru} нельзя перевести из «${from.ru}» в «${next.ru}». Можно: ${said('ru', 'никуда')}`,
      uz: `${kind.uz}ni «${from.uz}» holatidan «${next.uz}» holatiga o'tkazib bo'lmaydi. Mumkin: ${said('uz', 'hech qaysi')}`,
      en: `Cannot move a ${order.fulfillment} order from ${order.status} to ${to}. Allowed: ${allowed.join(', ') || 'none'}`,
    },
  }
}

/** The order's next step forward, for a bulk move "to the next step"; null when there is none. */
export function nextStep(order: OrderState): OrderStatus | null {
  return allowedNextStatuses(order).find((status) => status !== 'cancelled') ?? null
}
