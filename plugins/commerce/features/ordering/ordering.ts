import { OrderRefused } from '@collections/Orders/orderRefused'
import { backInStockKeyboard } from '@commerce/bot/backInStockButton'
import type { BotContext } from '@commerce/bot/context'
import { clearDraft, saveDraft, startDraft, takeDraft } from '@commerce/bot/orderDrafts'
import { orderLineText } from '@commerce/bot/orderLine'
import { Composer, InlineKeyboard } from 'grammy'
import { ValidationError } from 'payload'
import { isOfferedDay, offeredDays } from '@/domain/deliveryDates'
import { formatMoney, multiplyMoney } from '@/domain/money'
import {
  belowMinimum,
  type CompleteDraft,
  canFinish,
  draftTotal,
  type Fulfillment,
  isComplete,
  isLeftAlone,
  MAX_ADDRESS,
  MAX_COMMENT,
  newDraft,
  type OrderDraft,
  parseQuantity,
  repeatedLines,
  summaryFingerprint,
  withQuantity,
} from '@/domain/orderDraft'
import { isOutOfStock } from '@/domain/stock'
import { orderButtons } from './buttons'
import { loadOffer, loadOrderStart } from './orderCatalog'

/**
 * Categories → products at the client's own prices → quantity → more or finish → comment →
 * delivery or pickup → date → address → summary → confirm. Each step is a handler over the
 * chat's draft (`bot-sessions`, read with the sender), so a restart loses nothing and a step
 * costs one small write at most. Buttons carry what they choose, so a button from an earlier
 * message still works, or says why not. The order is written through the Local API as the
 * client, so every rule of the orders collection applies here too.
 */
export const ordering = new Composer<BotContext>()

/** `/order`, or "repeat" with an earlier order's products and quantities at today's prices. */
export async function startOrder(
  ctx: BotContext,
  clientId: number,
  earlier: { product: number; quantity: number }[] = [],
) {
  const { categories, rules } = await loadOrderStart(ctx.payload, clientId)
  const offered =
    earlier.length > 0
      ? await loadOffer(ctx.payload, clientId, { ids: earlier.map((line) => line.product) })
      : []
  const draft = newDraft(rules, repeatedLines(offered, earlier))
  if (categories.length === 0 && draft.lines.length === 0) {
    await clearDraft(ctx)
    return ctx.reply(ctx.t('order-no-products'))
  }
  await startDraft(ctx, draft)
  const added = draft.lines.map((line) => addedText(ctx, line.name, line.quantity))
  if (draft.lines.length === 0) return askCategory(ctx, [], categories)
  return askMoreOrFinish(ctx, draft, added)
}

type Step = (ctx: BotContext, draft: OrderDraft, match: RegExpMatchArray) => Promise<unknown>

/** A button of the order flow: needs the chat's draft and a client who may order. */
function button(pattern: RegExp, step: Step) {
  ordering.callbackQuery(pattern, async (ctx) => {
    const refusal = !ctx.client
      ? 'order-register-first'
      : ctx.client.status !== 'active'
        ? `order-${ctx.client.status}`
        : !ctx.orderDraft
          ? 'order-draft-gone'
          : null
    if (refusal) return ctx.answerCallbackQuery({ text: ctx.t(refusal), show_alert: true })
    await step(ctx, ctx.orderDraft!, ctx.match as RegExpMatchArray)
  })
}

/** A button pressed before the choices it builds on were made: the latest message is the one to use. */
const outOfStep = (ctx: BotContext) =>
  ctx.answerCallbackQuery({ text: ctx.t('order-step-gone'), show_alert: true })

button(orderButtons.more.pattern, async (ctx, draft) => {
  await ctx.answerCallbackQuery()
  await changeDraft(ctx, draft, { awaiting: null })
  await askCategory(ctx)
})

button(orderButtons.category.pattern, async (ctx, draft, match) => {
  const products = await loadOffer(ctx.payload, ctx.client!.id, { category: Number(match[1]) })
  if (products.length === 0) {
    await ctx.answerCallbackQuery({ text: ctx.t('order-no-products'), show_alert: true })
    return askCategory(ctx)
  }
  await ctx.answerCallbackQuery()
  await changeDraft(ctx, draft, { awaiting: null })
  const keyboard = InlineKeyboard.from(
    products.map((product) => [
      InlineKeyboard.text(
        isOutOfStock(product.stockAvailable)
          ? `${product.name} · ${ctx.t('stock-out-mark')}`
          : `${product.name} · ${formatMoney(product.price)}`,
        orderButtons.product.data({ product: product.id }),
      ),
    ]),
  )
  await ctx.reply(ctx.t('order-choose-product'), { reply_markup: keyboard })
})

button(orderButtons.product.pattern, async (ctx, draft, match) => {
  const [product] = await loadOffer(ctx.payload, ctx.client!.id, { ids: [Number(match[1])] })
  if (!product)
    return ctx.answerCallbackQuery({ text: ctx.t('order-product-gone'), show_alert: true })
  await ctx.answerCallbackQuery()
  if (isOutOfStock(product.stockAvailable))
    return ctx.reply(ctx.t('stock-out-of-stock', { product: product.name }), {
      reply_markup: backInStockKeyboard(ctx.t, product.id),
    })
  await changeDraft(ctx, draft, { product, awaiting: 'quantity' })
  await ctx.reply(
    ctx.t('order-ask-quantity', {
      product: product.name,
      price: formatMoney(product.price),
      unit: product.unit,
      min: String(product.minQuantity),
    }),
  )
})

button(orderButtons.done.pattern, async (ctx, draft) => {
  await ctx.answerCallbackQuery()
  if (!canFinish(draft)) return askMoreOrFinish(ctx, draft)
  await changeDraft(ctx, draft, { awaiting: 'comment' })
  await ctx.reply(ctx.t('order-ask-comment'), {
    reply_markup: new InlineKeyboard().text(
      ctx.t('button-skip'),
      orderButtons.skipComment.data({}),
    ),
  })
})

button(orderButtons.skipComment.pattern, async (ctx, draft) => {
  if (!canFinish(draft)) return outOfStep(ctx)
  await ctx.answerCallbackQuery()
  await changeDraft(ctx, draft, { comment: null, awaiting: null })
  await askFulfillment(ctx)
})

button(orderButtons.fulfillment.pattern, async (ctx, draft, match) => {
  if (draft.comment === undefined) return outOfStep(ctx)
  await ctx.answerCallbackQuery()
  await changeDraft(ctx, draft, { fulfillment: match[1] as Fulfillment, awaiting: null })
  await askDate(ctx, draft)
})

button(orderButtons.date.pattern, async (ctx, draft, match) => {
  if (!draft.fulfillment) return outOfStep(ctx)
  await ctx.answerCallbackQuery()
  // Checked on the press: the cut-off may have passed while the buttons were shown.
  if (!isOfferedDay(match[1], draft.rules)) return askDateAgain(ctx, draft)
  if (draft.fulfillment === 'pickup')
    return summarize(
      ctx,
      await changeDraft(ctx, draft, { deliveryDate: match[1], address: null, awaiting: null }),
    )
  await changeDraft(ctx, draft, { deliveryDate: match[1], awaiting: 'address' })
  const { profileAddress } = draft.rules
  const keyboard = profileAddress
    ? new InlineKeyboard().text(
        ctx.t('button-use-address', { address: profileAddress.slice(0, 40) }),
        orderButtons.profile.data({}),
      )
    : undefined
  await ctx.reply(ctx.t('order-ask-address'), { reply_markup: keyboard })
})

button(orderButtons.profile.pattern, async (ctx, draft) => {
  if (draft.fulfillment !== 'delivery' || !draft.deliveryDate || !draft.rules.profileAddress)
    return outOfStep(ctx)
  await ctx.answerCallbackQuery()
  await summarize(
    ctx,
    await changeDraft(ctx, draft, { address: draft.rules.profileAddress, awaiting: null }),
  )
})

button(orderButtons.confirm.pattern, async (ctx, draft, match) => {
  if (!isComplete(draft)) return outOfStep(ctx)
  if (summaryFingerprint(draft) !== match[1]) {
    // The client went back and changed something since that summary: show what Confirm would place.
    await ctx.answerCallbackQuery({ text: ctx.t('order-summary-changed'), show_alert: true })
    return summarize(ctx, draft)
  }
  if (!isOfferedDay(draft.deliveryDate, draft.rules)) {
    // The summary was left overnight, or past the cut-off: the day has to be chosen again.
    await ctx.answerCallbackQuery()
    return askDateAgain(ctx, draft)
  }
  // Two presses of Confirm at once: only the one that takes the draft places the order.
  if (!(await takeDraft(ctx)))
    return ctx.answerCallbackQuery({ text: ctx.t('order-draft-gone'), show_alert: true })
  await ctx.answerCallbackQuery()
  const placed = await placeOrder(ctx, draft).catch(async (error: unknown) => {
    await startDraft(ctx, draft) // not the client's doing: they can press Confirm again
    throw error
  })
  if ('number' in placed) return ctx.reply(ctx.t('order-placed', { number: String(placed.number) }))
  // A rule said no (a product retired, the cut-off moved): the draft stays, so the client can change it.
  await startDraft(ctx, draft)
  await ctx.reply(ctx.t('order-refused', { reason: placed.refused }))
  if (placed.path === 'deliveryDate') await askDate(ctx, draft)
})

button(orderButtons.abort.pattern, async (ctx) => {
  await ctx.answerCallbackQuery()
  await clearDraft(ctx)
  await ctx.reply(ctx.t('order-not-placed'))
})

/** A message while an order is open answers its question; commands pass on to their features. */
ordering.on('message', async (ctx, next) => {
  const draft = ctx.orderDraft
  const text = ctx.message.text?.trim()
  if (!draft || !ctx.client || text?.startsWith('/')) return next()
  if (draft.awaiting === 'quantity' && draft.product) {
    const quantity = parseQuantity(text, draft.product.minQuantity)
    if (quantity === null)
      return ctx.reply(ctx.t('order-bad-quantity', { min: String(draft.product.minQuantity) }))
    const added = withQuantity(draft, draft.product, quantity)
    await saveDraft(ctx, added)
    return askMoreOrFinish(ctx, added, [addedText(ctx, draft.product.name, quantity)])
  }
  if (draft.awaiting === 'comment' || draft.awaiting === 'address') {
    const max = draft.awaiting === 'comment' ? MAX_COMMENT : MAX_ADDRESS
    if (!text) return ctx.reply(ctx.t('expected-text', { question: '' }).trim())
    if (text.length > max) return ctx.reply(ctx.t('too-long', { max: String(max) }))
    if (draft.awaiting === 'address')
      return summarize(ctx, await changeDraft(ctx, draft, { address: text, awaiting: null }))
    await changeDraft(ctx, draft, { comment: text, awaiting: null })
    return askFulfillment(ctx)
  }
  // A button is expected. Once the draft has been left alone a while, a message is not an answer
  // to it any more: it goes on to support (or the help), like any other message.
  if (isLeftAlone(draft)) return next()
  await ctx.reply(ctx.t('use-buttons'))
})

/** The draft with `changes`, written only when something changed. */
async function changeDraft(
  ctx: BotContext,
  draft: OrderDraft,
  changes: Partial<OrderDraft>,
): Promise<OrderDraft> {
  const next = { ...draft, ...changes }
  if (Object.entries(changes).some(([key, value]) => draft[key as keyof OrderDraft] !== value))
    await saveDraft(ctx, next)
  return next
}

const addedText = (ctx: BotContext, product: string, quantity: number) =>
  ctx.t('order-line-added', { product, quantity: String(quantity) })

async function askCategory(
  ctx: BotContext,
  before: string[] = [],
  categories?: { id: number; name: string }[],
) {
  const choices = categories ?? (await loadOrderStart(ctx.payload, ctx.client!.id)).categories
  if (choices.length === 0) return ctx.reply([...before, ctx.t('order-no-products')].join('\n'))
  const keyboard = InlineKeyboard.from(
    choices.map((category) => [
      InlineKeyboard.text(category.name, orderButtons.category.data({ category: category.id })),
    ]),
  )
  await ctx.reply([...before, ctx.t('order-choose-category')].join('\n'), {
    reply_markup: keyboard,
  })
}

/** After a line is added: below the minimum, the categories again; otherwise more or finish. */
async function askMoreOrFinish(ctx: BotContext, draft: OrderDraft, before: string[] = []) {
  if (draft.lines.length === 0) return askCategory(ctx, before)
  if (belowMinimum(draft)) {
    const minimum = {
      minimum: formatMoney(draft.rules.minOrderAmount),
      total: formatMoney(draftTotal(draft)),
    }
    return askCategory(ctx, [...before, ctx.t('order-below-minimum', minimum)])
  }
  await ctx.reply([...before, ctx.t('order-more-or-finish')].join('\n'), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t('button-add-more'), orderButtons.more.data({}))
      .text(ctx.t('button-finish'), orderButtons.done.data({})),
  })
}

function askFulfillment(ctx: BotContext) {
  return ctx.reply(ctx.t('order-ask-fulfillment'), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t('button-delivery'), orderButtons.fulfillment.data({ fulfillment: 'delivery' }))
      .text(ctx.t('button-pickup'), orderButtons.fulfillment.data({ fulfillment: 'pickup' })),
  })
}

function askDate(ctx: BotContext, { rules }: OrderDraft) {
  const keyboard = InlineKeyboard.from(
    offeredDays(rules).map((day) => [InlineKeyboard.text(day, orderButtons.date.data({ day }))]),
  )
  return ctx.reply(ctx.t('order-ask-date'), { reply_markup: keyboard })
}

async function askDateAgain(ctx: BotContext, draft: OrderDraft) {
  await ctx.reply(ctx.t('order-date-gone'))
  await askDate(ctx, draft)
}

function summarize(ctx: BotContext, draft: OrderDraft) {
  if (!isComplete(draft)) return outOfStep(ctx)
  const summary = [
    ...draft.lines.map((line) =>
      orderLineText(ctx.t, { ...line, total: multiplyMoney(line.quantity, line.unitPrice) }),
    ),
    ctx.t('order-summary-total', { total: formatMoney(draftTotal(draft)) }),
    ctx.t('order-summary-when', {
      fulfillment: ctx.t(`button-${draft.fulfillment}`),
      date: draft.deliveryDate,
    }),
    ...(draft.address && draft.fulfillment === 'delivery'
      ? [ctx.t('order-summary-address', { address: draft.address })]
      : []),
    ...(draft.comment ? [ctx.t('order-summary-comment', { comment: draft.comment })] : []),
    '',
    ctx.t('order-confirm'),
  ].join('\n')
  return ctx.reply(summary, {
    reply_markup: new InlineKeyboard()
      .text(
        ctx.t('button-confirm'),
        orderButtons.confirm.data({ shown: summaryFingerprint(draft) }),
      )
      .text(ctx.t('button-cancel-order'), orderButtons.abort.data({})),
  })
}

/** A refusal's values as the texts print them: amounts in so'm. */
const inWords = (values: Record<string, string | number>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatMoney(value) : value,
    ]),
  )

async function placeOrder(
  ctx: BotContext,
  draft: CompleteDraft,
): Promise<{ number: number } | { refused: string; path?: string }> {
  try {
    const created = await ctx.payload.create({
      collection: 'orders',
      data: {
        client: ctx.client!.id,
        items: draft.lines.map(({ product, quantity }) => ({ product, quantity })),
        comment: draft.comment,
        fulfillment: draft.fulfillment,
        deliveryDate: draft.deliveryDate,
        deliveryAddress: draft.fulfillment === 'delivery' ? draft.address : null,
      },
      depth: 0,
      overrideAccess: true,
      context: { actor: 'client', channel: 'bot' },
    })
    return { number: created.number! }
  } catch (error) {
    // The catalog may have changed while the client was choosing: say what the rule said.
    if (error instanceof OrderRefused) {
      const { code, path, ...values } = error.refusal
      return { refused: ctx.t(`refusal-${code}`, inWords(values)), path }
    }
    if (error instanceof ValidationError)
      return {
        refused: error.data.errors.map((e) => e.message).join('; '),
        path: error.data.errors[0]?.path,
      }
    throw error
  }
}
