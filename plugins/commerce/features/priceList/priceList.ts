import type { BotContext } from '@commerce/bot/context'
import { splitMessage } from '@commerce/bot/fitMessage'
import { sql } from '@payloadcms/db-postgres'
import { Composer } from 'grammy'
import { formatMoney } from '@/domain/money'
import { sellable } from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

interface PricedRow {
  category: string
  name: string
  unit: string
  price: number
  negotiated: boolean
}

export const priceList = new Composer<BotContext>()

/**
 * `/pricelist`: what the client pays today for everything on sale, by category, their own
 * negotiated prices marked, so they can plan an order before starting one.
 */
priceList.command('pricelist', async (ctx) => {
  if (!ctx.client) return ctx.reply(ctx.t('pricelist-register-first'))
  const { rows } = await sqlDatabase(ctx.payload).execute<PricedRow>(sql`
    select c.name as category, p.name, p.unit, coalesce(cp.price, p.price)::float8 as price,
           cp.price is not null as negotiated
      from products p join categories c on c.id = p.category_id
      left join client_prices cp on cp.product_id = p.id and cp.client_id = ${ctx.client.id}
     where ${sellable('p', 'c')}
     order by c.sort_order nulls last, c.name, p.name`)
  if (rows.length === 0) return ctx.reply(ctx.t('pricelist-empty'))
  const lines = [ctx.t('pricelist-title')]
  let category: string | null = null
  for (const row of rows) {
    if (row.category !== category) lines.push('', `— ${row.category}`)
    category = row.category
    const values = { name: row.name, unit: row.unit, price: formatMoney(row.price) }
    lines.push(ctx.t(row.negotiated ? 'pricelist-own' : 'pricelist-base', values))
  }
  if (rows.some((row) => row.negotiated)) lines.push('', ctx.t('pricelist-own-note'))
  // A long catalogue comes in several messages, split between categories: every price is read.
  for (const part of splitMessage(lines.join('\n'))) await ctx.reply(part)
})
