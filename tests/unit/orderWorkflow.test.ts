import { describe, expect, it } from '@jest/globals'

import {
  type Actor,
  allowedNextStatuses,
  checkTransition,
  FULFILLMENTS,
  type Fulfillment,
  initialStatus,
  isFinalStatus,
  isOrderStatus,
  ORDER_STATUSES,
  type OrderStatus,
  STATUS_LABELS,
  statusChoices,
} from '@/domain/orderWorkflow'

/**
 * The contract, written out by hand: every status of each workflow and the moves allowed from it,
 * next step first. Statuses that do not belong to a workflow allow nothing.
 */
const STAFF_MOVES: Record<Fulfillment, Record<OrderStatus, OrderStatus[]>> = {
  delivery: {
    new: ['accepted', 'cancelled'],
    accepted: ['preparing', 'cancelled'],
    preparing: ['on_the_way', 'cancelled'],
    on_the_way: ['delivered'],
    delivered: [],
    ready: [],
    given: [],
    cancelled: [],
  },
  pickup: {
    new: ['accepted', 'cancelled'],
    accepted: ['preparing', 'cancelled'],
    preparing: ['ready', 'cancelled'],
    on_the_way: [],
    delivered: [],
    ready: ['given'],
    given: [],
    cancelled: [],
  },
}

const CLIENT_MOVES: Record<OrderStatus, OrderStatus[]> = {
  new: ['cancelled'],
  accepted: [],
  preparing: [],
  on_the_way: [],
  delivered: [],
  ready: [],
  given: [],
  cancelled: [],
}

const EXPECTED: Record<Actor, Record<Fulfillment, Record<OrderStatus, OrderStatus[]>>> = {
  staff: STAFF_MOVES,
  system: STAFF_MOVES,
  client: { delivery: CLIENT_MOVES, pickup: CLIENT_MOVES },
}

const ACTORS: Actor[] = ['staff', 'system', 'client']
const FINAL: OrderStatus[] = ['delivered', 'given', 'cancelled']

function refusal(
  actor: Actor,
  fulfillment: Fulfillment,
  from: OrderStatus,
  to: OrderStatus,
): string {
  if (actor === 'client') return 'A client can only cancel an order while it is new'
  if (FINAL.includes(from))
    return `This ${fulfillment} order is ${from}, which is final: no further changes`
  const allowed = EXPECTED[actor][fulfillment][from]
  return `Cannot move a ${fulfillment} order from ${from} to ${to}. Allowed: ${allowed.join(', ') || 'none'}`
}

const everyPair = ACTORS.flatMap((actor) =>
  (['delivery', 'pickup'] as const).flatMap((fulfillment) =>
    ORDER_STATUSES.flatMap((from) =>
      ORDER_STATUSES.map((to) => [actor, fulfillment, from, to] as const),
    ),
  ),
)

describe('the lists of values', () => {
  it('has the statuses and fulfillments of the contract', () => {
    expect([...ORDER_STATUSES]).toEqual([
      'new',
      'accepted',
      'preparing',
      'on_the_way',
      'delivered',
      'ready',
      'given',
      'cancelled',
    ])
    expect([...FULFILLMENTS]).toEqual(['delivery', 'pickup'])
  })

  it('starts every order as new', () => {
    expect(initialStatus()).toBe('new')
  })

  it('has a human label for every status, in every language', () => {
    const english = Object.fromEntries(
      Object.entries(STATUS_LABELS).map(([status, label]) => [status, label.en]),
    )
    for (const label of Object.values(STATUS_LABELS)) {
      expect(label.ru).not.toBe('')
      expect(label.uz).not.toBe('')
    }
    expect(english).toEqual({
      new: 'New',
      accepted: 'Accepted',
      preparing: 'Preparing',
      on_the_way: 'On the way',
      delivered: 'Delivered',
      ready: 'Ready for pickup',
      given: 'Picked up',
      cancelled: 'Cancelled',
    })
  })
})

describe('isFinalStatus', () => {
  it.each([
    ['new', false],
    ['accepted', false],
    ['preparing', false],
    ['on_the_way', false],
    ['delivered', true],
    ['ready', false],
    ['given', true],
    ['cancelled', true],
  ] as const)('%s → %p', (status, final) => {
    expect(isFinalStatus(status)).toBe(final)
  })
})

describe('isOrderStatus', () => {
  it.each(ORDER_STATUSES.map((status) => [status]))('accepts %p', (status) => {
    expect(isOrderStatus(status)).toBe(true)
  })

  it.each([
    ['xyz'],
    [''],
    ['NEW'],
    ['New'],
    [' new'],
    ['on the way'],
    ['canceled'],
    [null],
    [undefined],
    [1],
    [{}],
    [['new']],
  ])('refuses %p', (value) => {
    expect(isOrderStatus(value)).toBe(false)
  })
})

describe('allowedNextStatuses', () => {
  const cases = ACTORS.flatMap((actor) =>
    (['delivery', 'pickup'] as const).flatMap((fulfillment) =>
      ORDER_STATUSES.map(
        (status) => [actor, fulfillment, status, EXPECTED[actor][fulfillment][status]] as const,
      ),
    ),
  )

  it.each(cases)('%s, %s order at %s → %p', (actor, fulfillment, status, expected) => {
    expect(allowedNextStatuses({ status, fulfillment }, actor)).toEqual(expected)
  })

  it('assumes staff when no actor is given', () => {
    expect(allowedNextStatuses({ status: 'preparing', fulfillment: 'pickup' })).toEqual([
      'ready',
      'cancelled',
    ])
    expect(allowedNextStatuses({ status: 'on_the_way', fulfillment: 'delivery' })).toEqual([
      'delivered',
    ])
  })

  it('returns a fresh list each time', () => {
    const first = allowedNextStatuses({ status: 'new', fulfillment: 'delivery' })
    first.push('given')
    expect(allowedNextStatuses({ status: 'new', fulfillment: 'delivery' })).toEqual([
      'accepted',
      'cancelled',
    ])
  })
})

/** The refusal as the API answers it: its English message. */
function checkInEnglish(...args: Parameters<typeof checkTransition>) {
  const result = checkTransition(...args)
  return result.ok ? result : { ok: false, message: result.message.en }
}

describe('checkTransition: every pair of statuses, both workflows, every actor', () => {
  it(`covers ${3 * 2 * 8 * 8} cases`, () => {
    expect(everyPair).toHaveLength(384)
  })

  it.each(everyPair)('%s moves a %s order from %s to %s', (actor, fulfillment, from, to) => {
    const result = checkInEnglish({ status: from, fulfillment }, to, actor)
    if (from === to || EXPECTED[actor][fulfillment][from].includes(to)) {
      expect(result).toEqual({ ok: true })
    } else {
      expect(result).toEqual({ ok: false, message: refusal(actor, fulfillment, from, to) })
    }
  })
})

describe('checkTransition: messages', () => {
  it('names the allowed moves', () => {
    expect(
      checkInEnglish({ status: 'new', fulfillment: 'delivery' }, 'delivered', 'staff'),
    ).toEqual({
      ok: false,
      message: 'Cannot move a delivery order from new to delivered. Allowed: accepted, cancelled',
    })
    expect(
      checkInEnglish({ status: 'on_the_way', fulfillment: 'delivery' }, 'cancelled', 'staff'),
    ).toEqual({
      ok: false,
      message: 'Cannot move a delivery order from on_the_way to cancelled. Allowed: delivered',
    })
    expect(
      checkInEnglish({ status: 'preparing', fulfillment: 'pickup' }, 'on_the_way', 'system'),
    ).toEqual({
      ok: false,
      message: 'Cannot move a pickup order from preparing to on_the_way. Allowed: ready, cancelled',
    })
  })

  it('says it in Russian and Uzbek too, with the statuses as the admin names them', () => {
    const result = checkTransition({ status: 'new', fulfillment: 'delivery' }, 'delivered', 'staff')
    expect(result).toEqual({
      ok: false,
      message: {
        ru: 'Заказ с доставкой нельзя перевести из «Новый» в «Доставлен». Можно: «Принят», «Отменён»',
        uz: "Yetkaziladigan buyurtmani «Yangi» holatidan «Yetkazilgan» holatiga o'tkazib bo'lmaydi. Mumkin: «Qabul qilingan», «Bekor qilingan»",
        en: 'Cannot move a delivery order from new to delivered. Allowed: accepted, cancelled',
      },
    })
    const final = checkTransition({ status: 'given', fulfillment: 'pickup' }, 'cancelled', 'staff')
    expect(final.ok === false && final.message.ru).toBe(
      'Заказ на самовывоз в статусе «Выдан» — это окончательно: изменить его нельзя',
    )
  })

  it('says a final order takes no further changes', () => {
    expect(
      checkInEnglish({ status: 'delivered', fulfillment: 'delivery' }, 'cancelled', 'staff'),
    ).toEqual({
      ok: false,
      message: 'This delivery order is delivered, which is final: no further changes',
    })
    expect(checkInEnglish({ status: 'cancelled', fulfillment: 'pickup' }, 'new', 'system')).toEqual(
      {
        ok: false,
        message: 'This pickup order is cancelled, which is final: no further changes',
      },
    )
  })

  it('tells a client what a client may do', () => {
    expect(
      checkInEnglish({ status: 'accepted', fulfillment: 'delivery' }, 'cancelled', 'client'),
    ).toEqual({
      ok: false,
      message: 'A client can only cancel an order while it is new',
    })
    expect(checkInEnglish({ status: 'new', fulfillment: 'pickup' }, 'accepted', 'client')).toEqual({
      ok: false,
      message: 'A client can only cancel an order while it is new',
    })
  })

  it.each(ACTORS)('refuses a value that is not a status, for %s', (actor) => {
    for (const to of ['xyz', '', 'NEW', 'on the way', 'canceled']) {
      expect(checkInEnglish({ status: 'new', fulfillment: 'delivery' }, to, actor)).toEqual({
        ok: false,
        message: `"${to}" is not an order status`,
      })
    }
  })

  it('lets any actor save an order without changing its status, final or not', () => {
    for (const actor of ACTORS) {
      expect(checkInEnglish({ status: 'given', fulfillment: 'pickup' }, 'given', actor)).toEqual({
        ok: true,
      })
      expect(
        checkInEnglish({ status: 'preparing', fulfillment: 'delivery' }, 'preparing', actor),
      ).toEqual({ ok: true })
    }
  })
})

describe('a whole order, step by step', () => {
  it.each([
    ['delivery', ['new', 'accepted', 'preparing', 'on_the_way', 'delivered']],
    ['pickup', ['new', 'accepted', 'preparing', 'ready', 'given']],
  ] as const)(
    'a %s order walks its workflow by the first allowed move and ends final',
    (fulfillment, walk) => {
      let status = initialStatus()
      const seen: OrderStatus[] = [status]
      while (!isFinalStatus(status)) {
        status = allowedNextStatuses({ status, fulfillment })[0]
        seen.push(status)
      }
      expect(seen).toEqual(walk)
    },
  )
})

describe('statusChoices: what a status menu offers', () => {
  it('is the current status, then the allowed moves', () => {
    expect(statusChoices({ status: 'new', fulfillment: 'delivery' })).toEqual([
      'new',
      'accepted',
      'cancelled',
    ])
    expect(statusChoices({ status: 'ready', fulfillment: 'pickup' })).toEqual(['ready', 'given'])
    expect(statusChoices({ status: 'delivered', fulfillment: 'delivery' })).toEqual(['delivered'])
    expect(statusChoices({ status: 'accepted', fulfillment: 'pickup' }, 'client')).toEqual([
      'accepted',
    ])
  })
})
