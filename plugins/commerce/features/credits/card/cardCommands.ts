import { buttonFamily, ID } from '@commerce/bot/callbackData'
import type { BotContext } from '@commerce/bot/context'
import { stripeClient, stripeReturnUrl } from '@commerce/stripeClient'
import type { CreditPackage } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Composer, InlineKeyboard } from 'grammy'
import { packageCredits } from '@/domain/credits'
import { isLanguage } from '@/domain/languages'
import { formatMoney } from '@/domain/money'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { ensureWallet } from '../ledger/ensureWallet'
import { type CardSale, cardPackages, cardSale, packageById, soldByCard } from './cardSale'
import { packageCheckout } from './packageCheckout'
import { ensureCustomer, savedCard, storedCustomer } from './stripeCustomer'

/** "Buy this package by card": a Checkout link made on the press. */
export const cardBuyButtons = buttonFamily('cardbuy', { package: ID })
/** "Auto-recharge with this package", or `off`. */
export const autoRechargeButtons = buttonFamily('autorecharge', { package: /\d{1,9}|off/ })

export const cardCommands = new Composer<BotContext>()

const price = (ctx: BotContext, pkg: CreditPackage, currency: string) =>
  formatMoney(
    Number(pkg.priceCard) || 0,
    currency,
    isLanguage(ctx.client?.language) ? ctx.client.language : 'ru',
  )

const packageLine = (ctx: BotContext, pkg: CreditPackage, currency: string) =>
  ctx.t('credits-card-package', {
    name: pkg.name,
    credits: String(packageCredits(pkg)),
    amount: price(ctx, pkg, currency),
  })

/** Card sales are on, or the client has been told why not (Stars sell credits inside Telegram). */
async function openSale(ctx: BotContext): Promise<Extract<CardSale, { on: true }> | null> {
  if (!ctx.client) {
    await ctx.reply(ctx.t('credits-card-register-first'))
    return null
  }
  const sale = await cardSale(ctx.payload)
  if (sale.on) return sale
  await ctx.reply(ctx.t('credits-card-off'))
  return null
}

cardCommands.command('buycard', async (ctx) => {
  const sale = await openSale(ctx)
  if (!sale) return
  const packages = await cardPackages(ctx.payload)
  if (!packages.length) return ctx.reply(ctx.t('credits-card-no-packages'))
  const keyboard = new InlineKeyboard()
  for (const pkg of packages)
    keyboard
      .add(cardBuyButtons.button(packageLine(ctx, pkg, sale.currency), { package: pkg.id }))
      .row()
  await ctx.reply(ctx.t('credits-card-choose'), { reply_markup: keyboard })
})

cardCommands.callbackQuery(cardBuyButtons.pattern, async (ctx) => {
  await ctx.answerCallbackQuery()
  const sale = await openSale(ctx)
  if (!sale || !ctx.client) return
  const pkg = await packageById(ctx.payload, cardBuyButtons.parse(ctx.callbackQuery.data)?.package)
  if (!soldByCard(pkg)) return ctx.reply(ctx.t('credits-card-package-gone'))
  try {
    const customer = await ensureCustomer(ctx.payload, sale.stripe, ctx.client)
    const page = await packageCheckout(ctx.payload, sale.stripe, {
      client: ctx.client.id,
      customer,
      pkg,
      currency: sale.currency,
      // One page per press, however often Telegram delivers the press.
      idempotencyKey: `credits:checkout:${ctx.client.id}:${pkg.id}:${ctx.callbackQuery.id}`,
    })
    const amount = price(ctx, pkg, sale.currency)
    await ctx.reply(
      ctx.t('credits-card-link', {
        name: pkg.name,
        credits: String(packageCredits(pkg)),
        amount,
      }),
      {
        reply_markup: new InlineKeyboard().url(
          ctx.t('credits-card-button-pay', { amount }),
          page.url,
        ),
      },
    )
  } catch (error) {
    ctx.payload.logger.warn(
      { err: error, client: ctx.client.id },
      'stripe: could not open a checkout for credits',
    )
    await ctx.reply(ctx.t('credits-card-unavailable'))
  }
})

/** Whether the client has a card saved with us; told what to do when not. */
async function withSavedCard(ctx: BotContext, sale: Extract<CardSale, { on: true }>) {
  const customer = ctx.client && (await storedCustomer(ctx.payload, ctx.client.id))
  const card = customer && (await savedCard(sale.stripe, customer))
  if (card) return true
  await ctx.reply(ctx.t('credits-autorecharge-no-card'))
  return false
}

cardCommands.command('autorecharge', async (ctx) => {
  const sale = await openSale(ctx)
  if (!sale || !ctx.client) return
  try {
    if (!(await withSavedCard(ctx, sale))) return
  } catch (error) {
    ctx.payload.logger.warn({ err: error }, 'stripe: could not read saved cards')
    return ctx.reply(ctx.t('credits-card-unavailable'))
  }
  const packages = await cardPackages(ctx.payload)
  if (!packages.length) return ctx.reply(ctx.t('credits-card-no-packages'))
  const { rows } = await sqlDatabase(ctx.payload).execute<{ package: number | null }>(
    sql`select auto_recharge_id as package from wallets where client_id = ${ctx.client.id}`,
  )
  const current = packages.find((pkg) => pkg.id === rows[0]?.package)
  const keyboard = new InlineKeyboard()
  for (const pkg of packages)
    keyboard
      .add(
        autoRechargeButtons.button(
          `${pkg.id === current?.id ? '✅ ' : ''}${packageLine(ctx, pkg, sale.currency)}`,
          { package: pkg.id },
        ),
      )
      .row()
  keyboard.add(
    autoRechargeButtons.button(ctx.t('credits-autorecharge-button-off'), { package: 'off' }),
  )
  await ctx.reply(
    [
      current
        ? ctx.t('credits-autorecharge-current', { name: current.name })
        : ctx.t('credits-autorecharge-none'),
      ctx.t('credits-autorecharge-choose', { threshold: String(sale.threshold) }),
    ].join('\n'),
    { reply_markup: keyboard },
  )
})

cardCommands.callbackQuery(autoRechargeButtons.pattern, async (ctx) => {
  await ctx.answerCallbackQuery()
  if (!ctx.client) return ctx.reply(ctx.t('credits-card-register-first'))
  const db = sqlDatabase(ctx.payload)
  const choice = autoRechargeButtons.parse(ctx.callbackQuery.data)?.package
  if (choice === 'off') {
    await db.execute(
      sql`update wallets set auto_recharge_id = null, updated_at = now() where client_id = ${ctx.client.id}`,
    )
    return ctx.reply(ctx.t('credits-autorecharge-turned-off'))
  }
  const sale = await openSale(ctx)
  if (!sale) return
  const pkg = await packageById(ctx.payload, choice)
  if (!soldByCard(pkg)) return ctx.reply(ctx.t('credits-card-package-gone'))
  try {
    if (!(await withSavedCard(ctx, sale))) return
  } catch (error) {
    ctx.payload.logger.warn({ err: error }, 'stripe: could not read saved cards')
    return ctx.reply(ctx.t('credits-card-unavailable'))
  }
  await ensureWallet(db, ctx.client.id)
  // Chosen again after it turned itself off: the declines counted before are forgiven.
  await db.execute(sql`
    update wallets set auto_recharge_id = ${pkg.id}, auto_recharge_failures = 0, updated_at = now()
     where client_id = ${ctx.client.id}`)
  await ctx.reply(
    ctx.t('credits-autorecharge-turned-on', {
      name: pkg.name,
      credits: String(packageCredits(pkg)),
      amount: price(ctx, pkg, sale.currency),
      threshold: String(sale.threshold),
    }),
  )
})

cardCommands.command('billing', async (ctx) => {
  if (!ctx.client) return ctx.reply(ctx.t('credits-card-register-first'))
  const stripe = stripeClient(ctx.payload)
  const customer = await storedCustomer(ctx.payload, ctx.client.id)
  if (!stripe || !customer) return ctx.reply(ctx.t('credits-billing-none'))
  try {
    const portal = await stripe.billingPortal.sessions.create(
      { customer, return_url: stripeReturnUrl(ctx.payload) },
      { idempotencyKey: `billing:${ctx.client.id}:${ctx.update.update_id}` },
    )
    await ctx.reply(ctx.t('credits-billing-link'), {
      reply_markup: new InlineKeyboard().url(ctx.t('credits-billing-button'), portal.url),
    })
  } catch (error) {
    ctx.payload.logger.warn({ err: error }, 'stripe: could not open the billing portal')
    await ctx.reply(ctx.t('credits-card-unavailable'))
  }
})
