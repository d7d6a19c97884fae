import { backInStockButtons } from '@commerce/bot/backInStockButton'
import type { BotContext } from '@commerce/bot/context'
import { sql } from '@payloadcms/db-postgres'
import { Composer } from 'grammy'
import { isOutOfStock } from '@/domain/stock'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/** "Notify me" under an out-of-stock product: the client waits for it, once, until it is back. */
export const notifyMe = new Composer<BotContext>()

notifyMe.callbackQuery(backInStockButtons.pattern, async (ctx) => {
  if (!ctx.client)
    return ctx.answerCallbackQuery({ text: ctx.t('stock-register-first'), show_alert: true })
  const product = Number((ctx.match as RegExpMatchArray).groups?.product)
  const { rows } = await sqlDatabase(ctx.payload).execute<{ stock: number | null }>(sql`
    select stock_available::float8 as stock from products where id = ${product}`)
  if (rows.length === 0)
    return ctx.answerCallbackQuery({ text: ctx.t('stock-product-gone'), show_alert: true })
  if (!isOutOfStock(rows[0].stock))
    return ctx.answerCallbackQuery({ text: ctx.t('stock-already-back'), show_alert: true })
  // Asking again after being told waits again.
  await sqlDatabase(ctx.payload).execute(sql`
    insert into stock_watches (client_id, product_id, notified_at, updated_at, created_at)
    values (${ctx.client.id}, ${product}, null, now(), now())
    on conflict (client_id, product_id) do update set notified_at = null, updated_at = now()`)
  await ctx.answerCallbackQuery({ text: ctx.t('stock-watch-saved'), show_alert: true })
})
