import type { BotContext } from '@commerce/bot/context'
import { splitMessage } from '@commerce/bot/fitMessage'
import type { Translate } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import type { Client, Product } from '@payload-types'
import { Composer, InlineKeyboard } from 'grammy'
import { formatMoney } from '@/domain/money'
import { parseClientReference, parseSetPrice } from '@/domain/staffCommands'
import { mayChange } from '@/shared/access/roles'
import { setPriceButtons } from './buttons'
import { findClients } from './findClients'

export const priceCommands = new Composer<BotContext>()

/** Whom a price command is for: a `@username` or an INN, which name one client. */
async function oneClient(
  ctx: BotContext,
  t: Translate,
  arg: string,
  usage: string,
): Promise<Client | null> {
  const reference = parseClientReference(arg)
  if (!reference || 'text' in reference) {
    await ctx.reply(t(usage))
    return null
  }
  const clients = await findClients(ctx, reference, 2)
  if (clients.length !== 1) {
    await ctx.reply(
      t(clients.length ? 'staff-client-ambiguous' : 'staff-client-not-found', { query: arg }),
    )
    return null
  }
  return clients[0]
}

/** `/set_price <@username or INN> <product name or SKU> <price in so'm>` */
priceCommands.command('set_price', async (ctx) => {
  const t = staffTexts(ctx)
  if (!mayChange(ctx.staff)) return ctx.reply(t('staff-not-allowed'))
  const args = parseSetPrice(ctx.match)
  if (!args) return ctx.reply(t('usage-set-price'))
  const client = await oneClient(ctx, t, args.client, 'usage-set-price')
  if (!client) return
  const products = await findProducts(ctx, args.product)
  if (products.length === 0) return ctx.reply(t('staff-product-not-found', { query: args.product }))
  if (products.length > 1) {
    const keyboard = InlineKeyboard.from(
      products.map((product) => [
        setPriceButtons.button(`${product.name} · ${product.sku}`, {
          client: client.id,
          product: product.id,
          price: args.price,
        }),
      ]),
    )
    return ctx.reply(t('staff-product-which', { query: args.product }), { reply_markup: keyboard })
  }
  await ctx.reply(await setPrice(ctx, t, client, products[0], args.price))
})

/** The product picked when the name matched several. */
priceCommands.callbackQuery(setPriceButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  if (!mayChange(ctx.staff))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  const [client, product] = await Promise.all([
    ctx.payload.findByID({
      collection: 'clients',
      id: Number(ctx.match[1]),
      depth: 0,
      joins: false,
      overrideAccess: true,
      disableErrors: true,
    }),
    ctx.payload.findByID({
      collection: 'products',
      id: Number(ctx.match[2]),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    }),
  ])
  const price = Number(ctx.match[3])
  if (!client || !product || !Number.isSafeInteger(price) || price <= 0) {
    return ctx.answerCallbackQuery({ text: t('unknown-button'), show_alert: true })
  }
  await ctx.answerCallbackQuery()
  await ctx.editMessageText(await setPrice(ctx, t, client, product, price))
})

/** `/prices <@username or INN>`: what the client pays for each product, negotiated ones marked. */
priceCommands.command('prices', async (ctx) => {
  const t = staffTexts(ctx)
  const client = await oneClient(ctx, t, ctx.match, 'usage-prices')
  if (!client) return
  const [products, prices] = await Promise.all([
    ctx.payload.find({
      collection: 'products',
      where: { active: { equals: true } },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    negotiatedPrices(ctx, client.id),
  ])
  const lines = products.docs.map((product) => {
    const negotiated = prices.get(product.id)
    return negotiated === undefined
      ? t('staff-price-base', { product: product.name, price: formatMoney(product.price) })
      : t('staff-price-negotiated', {
          product: product.name,
          price: formatMoney(negotiated),
          base: formatMoney(product.price),
        })
  })
  const text = [t('staff-prices-title', { client: client.name }), ...lines].join('\n')
  for (const part of splitMessage(text)) await ctx.reply(part)
})

/** A product by SKU, else by its exact name, else every product whose name contains the words. */
async function findProducts(ctx: BotContext, query: string): Promise<Product[]> {
  const { docs } = await ctx.payload.find({
    collection: 'products',
    where: { or: [{ sku: { equals: query } }, { name: { like: query } }] },
    sort: 'name',
    limit: 10,
    depth: 0,
    overrideAccess: true,
  })
  const same = (a: string, b: string) =>
    a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0
  const bySku = docs.filter((product) => same(product.sku, query))
  if (bySku.length) return bySku
  const byName = docs.filter((product) => same(product.name, query))
  return byName.length ? byName : docs
}

async function negotiatedPrices(ctx: BotContext, clientId: number): Promise<Map<number, number>> {
  const { docs } = await ctx.payload.find({
    collection: 'client-prices',
    where: { client: { equals: clientId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((row) => [Number(row.product), row.price]))
}

/**
 * Creates or changes the client's price for the product as the staff member, so the access rules
 * of the admin panel apply; orders placed from now on use it, earlier ones keep theirs.
 */
async function setPrice(
  ctx: BotContext,
  t: Translate,
  client: Client,
  product: Product,
  price: number,
): Promise<string> {
  const { docs } = await ctx.payload.find({
    collection: 'client-prices',
    where: { and: [{ client: { equals: client.id } }, { product: { equals: product.id } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const existing = docs[0]
  const old = existing?.price ?? product.price
  if (existing) {
    await ctx.payload.update({
      collection: 'client-prices',
      id: existing.id,
      data: { price },
      user: ctx.staff,
      overrideAccess: false,
    })
  } else {
    await ctx.payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: product.id, price },
      user: ctx.staff,
      overrideAccess: false,
    })
  }
  return t(existing ? 'staff-price-changed' : 'staff-price-set', {
    client: client.name,
    product: product.name,
    old: formatMoney(old),
    price: formatMoney(price),
  })
}
