import type { Conversation } from '@grammyjs/conversations'
import type { I18n } from '@grammyjs/i18n'
import type { Context } from 'grammy'
import type { Payload } from 'payload'

import { InlineKeyboard } from 'grammy'
import { ValidationError } from 'payload'

import type { BotContext } from '../context'

import { type Translate, translator } from '../i18n'
import { type Catalog, dateSettings, loadCatalog } from './orderCatalog'

import { deliveryDateOptions } from '../../../../src/domain/deliveryDates'
import { formatMoney, multiplyMoney, sumMoney } from '../../../../src/domain/money'
import { type Language } from '../../../../src/domain/statusNotification'
import { quantitySchema } from '../../../../src/domain/validators'

type Ordering = Conversation<BotContext, Context>

interface Line {
  product: number
  name: string
  unit: string
  quantity: number
  unitPrice: number
}

/**
 * Categories → products at the client's own prices → quantity → more or finish → comment →
 * delivery or pickup → date → address → summary → confirm. The order is written through the
 * Local API as the client, so every rule of the orders collection applies here too.
 */
export function ordering(i18n: I18n<BotContext>, payload: Payload) {
  return async function ordering(
    conversation: Ordering,
    ctx: Context,
    clientId: number,
    language: Language,
    /** "Repeat the last order": its products and quantities, at today's prices. */
    repeat: { product: number; quantity: number }[] = [],
  ) {
    const t = translator(i18n, language)
    const catalog = await conversation.external(() => loadCatalog(payload, clientId))
    if (catalog.categories.length === 0) return void (await ctx.reply(t('order-no-products')))

    const lines = repeatedLines(catalog, repeat)
    for (const line of lines) await ctx.reply(t('order-line-added', { product: line.name, quantity: line.quantity }))
    let add = lines.length === 0
    for (;;) {
      if (add) await addLine(conversation, ctx, t, catalog, lines)
      add = true
      const total = sumMoney(lines.map((line) => multiplyMoney(line.quantity, line.unitPrice)))
      if (total < catalog.minOrderAmount) {
        await ctx.reply(t('order-below-minimum', { minimum: formatMoney(catalog.minOrderAmount), total: formatMoney(total) }))
        continue
      }
      await ctx.reply(t('order-more-or-finish'), {
        reply_markup: new InlineKeyboard().text(t('button-add-more'), 'o:more').text(t('button-finish'), 'o:done'),
      })
      if ((await choose(conversation, t, /^o:(more|done)$/))[1] === 'done') break
    }

    await ctx.reply(t('order-ask-comment'), { reply_markup: new InlineKeyboard().text(t('button-skip'), 'o:skip') })
    const comment = await textOrButton(conversation, t, /^o:skip$/, 500)

    await ctx.reply(t('order-ask-fulfillment'), {
      reply_markup: new InlineKeyboard().text(t('button-delivery'), 'o:delivery').text(t('button-pickup'), 'o:pickup'),
    })
    const fulfillment = (await choose(conversation, t, /^o:(delivery|pickup)$/))[1] as 'delivery' | 'pickup'

    const deliveryDate = await chooseDate(conversation, ctx, t, payload)

    let address: string | null = null
    if (fulfillment === 'delivery') {
      const keyboard = catalog.address ? new InlineKeyboard().text(t('button-use-address', { address: catalog.address.slice(0, 40) }), 'o:profile') : undefined
      await ctx.reply(t('order-ask-address'), { reply_markup: keyboard })
      address = (await textOrButton(conversation, t, /^o:profile$/, 300)) ?? catalog.address
    }

    const total = sumMoney(lines.map((line) => multiplyMoney(line.quantity, line.unitPrice)))
    const summary = [
      ...lines.map((line) => `• ${line.name} × ${line.quantity} = ${formatMoney(multiplyMoney(line.quantity, line.unitPrice))}`),
      t('order-summary-total', { total: formatMoney(total) }),
      t('order-summary-when', { fulfillment: t(`button-${fulfillment}`), date: deliveryDate }),
      ...(address ? [t('order-summary-address', { address })] : []),
      ...(comment ? [t('order-summary-comment', { comment })] : []),
      '',
      t('order-confirm'),
    ].join('\n')
    await ctx.reply(summary, {
      reply_markup: new InlineKeyboard().text(t('button-confirm'), 'o:confirm').text(t('button-cancel-order'), 'o:abort'),
    })
    if ((await choose(conversation, t, /^o:(confirm|abort)$/))[1] === 'abort') return void (await ctx.reply(t('order-not-placed')))

    const placed = await conversation.external(() => placeOrder(payload, { clientId, lines, comment, fulfillment, deliveryDate, address }))
    await ctx.reply('number' in placed ? t('order-placed', { number: placed.number }) : t('order-refused', { reason: placed.refused }))
  }
}

/** The products of an earlier order that are still sold, at today's prices and minimums. */
function repeatedLines(catalog: Catalog, repeat: { product: number; quantity: number }[]): Line[] {
  return repeat.flatMap(({ product: id, quantity }) => {
    const product = catalog.products.find((candidate) => candidate.id === id)
    if (!product) return []
    return [{ product: id, name: product.name, unit: product.unit, quantity: Math.max(quantity, product.minQuantity), unitPrice: product.price }]
  })
}

async function addLine(conversation: Ordering, ctx: Context, t: Translate, catalog: Catalog, lines: Line[]) {
  const categories = InlineKeyboard.from(catalog.categories.map((category) => [InlineKeyboard.text(category.name, `o:cat:${category.id}`)]))
  await ctx.reply(t('order-choose-category'), { reply_markup: categories })
  const categoryId = Number((await choose(conversation, t, /^o:cat:(\d+)$/))[1])
  const products = catalog.products.filter((product) => product.category === categoryId)
  const keyboard = InlineKeyboard.from(
    products.map((product) => [InlineKeyboard.text(`${product.name} · ${formatMoney(product.price)}`, `o:prod:${product.id}`)]),
  )
  await ctx.reply(t('order-choose-product'), { reply_markup: keyboard })
  const productId = Number((await choose(conversation, t, /^o:prod:(\d+)$/))[1])
  const product = catalog.products.find((candidate) => candidate.id === productId)
  if (!product) return
  const min = product.minQuantity
  await ctx.reply(t('order-ask-quantity', { product: product.name, price: formatMoney(product.price), unit: product.unit, min }))
  for (;;) {
    const answer = await conversation.wait()
    const text = answer.message?.text?.replace(/\s/g, '') ?? ''
    const quantity = quantitySchema.safeParse(/^\d+$/.test(text) ? Number(text) : Number.NaN)
    if (quantity.success && quantity.data >= min) {
      lines.push({ product: product.id, name: product.name, unit: product.unit, quantity: quantity.data, unitPrice: product.price })
      await answer.reply(t('order-line-added', { product: product.name, quantity: quantity.data }))
      return
    }
    await answer.reply(t('order-bad-quantity', { min }))
  }
}

/** Waits for a button matching `pattern`; anything else is answered and waited out. */
async function choose(conversation: Ordering, t: Translate, pattern: RegExp): Promise<RegExpExecArray> {
  for (;;) {
    const update = await conversation.wait()
    const match = pattern.exec(update.callbackQuery?.data ?? '')
    if (update.callbackQuery) await update.answerCallbackQuery(match ? undefined : { text: t('use-buttons') })
    if (match) return match
    if (update.message) await update.reply(t('use-buttons'))
  }
}

/** Text up to `max` characters, or null when the button matching `pattern` is pressed. */
async function textOrButton(conversation: Ordering, t: Translate, pattern: RegExp, max: number): Promise<string | null> {
  for (;;) {
    const update = await conversation.wait()
    if (update.callbackQuery && pattern.test(update.callbackQuery.data ?? '')) {
      await update.answerCallbackQuery()
      return null
    }
    const text = update.message?.text?.trim()
    if (text && !text.startsWith('/') && text.length <= max) return text
    if (update.callbackQuery) await update.answerCallbackQuery()
    await update.reply(text && text.length > max ? t('too-long', { max }) : t('expected-text', { question: '' }).trim())
  }
}

async function chooseDate(conversation: Ordering, ctx: Context, t: Translate, payload: Payload): Promise<string> {
  for (;;) {
    const options = await conversation.external(() => dateOptions(payload))
    const keyboard = InlineKeyboard.from(options.map((day) => [InlineKeyboard.text(day, `o:date:${day}`)]))
    await ctx.reply(t('order-ask-date'), { reply_markup: keyboard })
    const [, day] = await choose(conversation, t, /^o:date:(\d{4}-\d{2}-\d{2})$/)
    // Checked again on the press: the cut-off may have passed while the buttons were shown.
    if ((await conversation.external(() => dateOptions(payload))).includes(day)) return day
    await ctx.reply(t('order-date-gone'))
  }
}

async function dateOptions(payload: Payload): Promise<string[]> {
  const { timezone, cutoff, daysAhead } = await dateSettings(payload)
  return deliveryDateOptions({ now: new Date(), timeZone: timezone, cutoff, daysAhead })
}

async function placeOrder(
  payload: Payload,
  order: { clientId: number; lines: Line[]; comment: string | null; fulfillment: 'delivery' | 'pickup'; deliveryDate: string; address: string | null },
): Promise<{ number: number } | { refused: string }> {
  try {
    const created = await payload.create({
      collection: 'orders',
      data: {
        client: order.clientId,
        items: order.lines.map(({ product, quantity }) => ({ product, quantity })),
        comment: order.comment,
        fulfillment: order.fulfillment,
        deliveryDate: order.deliveryDate,
        deliveryAddress: order.address,
        source: 'bot',
      },
      depth: 0,
      overrideAccess: true,
      context: { actor: 'client' },
    })
    return { number: created.number! }
  } catch (error) {
    // The catalog may have changed while the client was choosing: say what the rule said.
    if (error instanceof ValidationError) return { refused: error.data.errors.map((e) => e.message).join('; ') }
    throw error
  }
}
