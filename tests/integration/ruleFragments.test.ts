import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { isSellable } from '@/domain/clientOrderRules'
import { afterClientMessage } from '@/domain/conversation'
import { balanceAfter, messageCost, passActive } from '@/domain/credits'
import { usualAddressOf } from '@/domain/deliveryAddress'
import { isCounted } from '@/domain/payments'
import {
  counted,
  fitsBalance,
  messageCostIn,
  passCovers,
  sellable,
  unreadAfterClientMessage,
  usualAddress,
} from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})
afterAll(() => closePayload(payload))

/** Each SQL fragment answers as its TypeScript twin on every combination of the values it reads. */
describe('rules restated in SQL agree with the domain', () => {
  it('a sellable product', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      product: boolean | null
      category: boolean | null
      sellable: boolean
    }>(sql`
      select p.active as product, c.active as category, ${sellable('p', 'c')} as sellable
        from (values (true), (false), (null::boolean)) p(active) cross join (values (true), (false), (null::boolean)) c(active)`)
    expect(rows).toHaveLength(9)
    for (const row of rows)
      expect([row, row.sellable]).toEqual([
        row,
        isSellable({ active: row.product, categoryActive: row.category }),
      ])
  })

  it('money that counts', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      kind: 'payment'
      status: 'pending'
      counted: boolean
    }>(sql`
      select m.kind, m.status, ${counted('m')} as counted
        from unnest(array['payment', 'refund', 'credit_purchase', 'adjustment']) m_kind(kind)
       cross join unnest(array['pending', 'succeeded', 'failed', 'refunded', 'disputed']) m_status(status)
       cross join lateral (select m_kind.kind, m_status.status) m`)
    expect(rows).toHaveLength(20)
    for (const row of rows) expect([row, row.counted]).toEqual([row, isCounted(row)])
  })

  it('the unread count after a client writes', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      status: 'open' | 'closed'
      unread: number
      after: number
    }>(sql`
      select status, unread_count as unread, ${unreadAfterClientMessage} as after
        from (values ('open', 0), ('open', 3), ('closed', 0), ('closed', 5)) conversations(status, unread_count)`)
    expect(rows).toHaveLength(4)
    for (const row of rows)
      expect(row.after).toBe(
        afterClientMessage({ status: row.status, unreadCount: row.unread }).unreadCount,
      )
  })

  it('the usual delivery address', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      deliveryAddress: string | null
      legalAddress: string | null
      usual: string | null
    }>(sql`
      select d.v as "deliveryAddress", l.v as "legalAddress", ${usualAddress('c')} as usual
        from (values ('Amir Temur 107'), (''), (null)) d(v) cross join (values ('Navoi 1'), (''), (null)) l(v)
       cross join lateral (select d.v as delivery_address, l.v as legal_address) c`)
    expect(rows).toHaveLength(9)
    for (const row of rows) expect([row, row.usual]).toEqual([row, usualAddressOf(row)])
  })

  it('a balance that stays at or above zero after an entry', async () => {
    const amounts = [-5, -3, -1, 0, 1, 5]
    for (const amount of amounts) {
      const { rows } = await sqlDatabase(payload).execute<{ balance: number; fits: boolean }>(sql`
        select wallets.balance, ${fitsBalance(amount)} as fits
          from (values (0), (1), (3), (4), (5), (10)) wallets(balance)`)
      expect(rows).toHaveLength(6)
      for (const row of rows)
        expect([amount, row.balance, row.fits]).toEqual([
          amount,
          row.balance,
          balanceAfter(row.balance, amount) !== null,
        ])
    }
  })

  it('a pass that still covers this moment', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      until: string | null
      now: string
      covers: boolean
    }>(sql`
      select wallets.pass_until as until, now() as now, ${passCovers} as covers
        from (values (null::timestamptz), (now() - interval '1 hour'), (now()), (now() + interval '1 second'),
                     (now() + interval '7 days')) wallets(pass_until)`)
    expect(rows).toHaveLength(5)
    for (const row of rows)
      expect([row.until, row.covers]).toEqual([row.until, passActive(row.until, new Date(row.now))])
  })

  it('what a support message costs', async () => {
    const kinds = ['text', 'photo', 'voice', 'audio', 'video_note', 'document', 'sticker', 'poll']
    const settings = [
      { text: 1, photo: 2, voice: 3, other: 4 },
      { text: 0, photo: 2.9, voice: -1, other: 10 },
    ]
    for (const costs of settings)
      for (const kind of kinds) {
        const { rows } = await sqlDatabase(payload).execute<{ cost: number }>(sql`
          select ${messageCostIn(kind)} as cost
            from (values (${costs.text}::numeric, ${costs.photo}::numeric, ${costs.voice}::numeric, ${costs.other}::numeric))
              settings(cost_text, cost_photo, cost_voice, cost_other)`)
        expect([kind, rows[0].cost]).toEqual([kind, messageCost(kind, costs)])
      }
  })
})
