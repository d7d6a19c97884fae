import { checkoutProviders, offerCheckout } from '@commerce/checkout'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeClick, fakeClick } from '../support/fakeClick'
import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { callbackUpdate } from '../support/telegramUpdates'

/** The client chooses among the providers the manager enabled and the server has keys for. */
let bot: BotHarness
let stripe: FakeStripe
let click: FakeClick
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let manager: Awaited<ReturnType<typeof makeUser>>
let nextChat = 83_900_000
const ENV = {
  STRIPE_SECRET_KEY: 'sk_test_tandir',
  STRIPE_WEBHOOK_SECRET: 'whsec_choice',
  PAYME_KEY: 'payme-key',
  PAYME_MERCHANT_ID: 'merchant-83',
  CLICK_SERVICE_ID: '8301',
  CLICK_MERCHANT_ID: '8302',
  CLICK_SECRET_KEY: 'click-secret',
}

beforeAll(async () => {
  stripe = await startFakeStripe(ENV.STRIPE_WEBHOOK_SECRET)
  Object.assign(process.env, ENV, { STRIPE_API_BASE: stripe.apiBase })
  bot = await startBotHarness()
  click = fakeClick({
    url: `${bot.apiUrl}/payments/click`,
    serviceId: ENV.CLICK_SERVICE_ID,
    secret: ENV.CLICK_SECRET_KEY,
  })
  catalog = await makeCatalog(bot.payload)
  manager = await makeUser(bot.payload, 'manager')
  await bot.payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
})
afterAll(async () => {
  await bot?.payload.updateGlobal({
    slug: 'settings',
    data: { paymentProviders: ['stripe', 'payme', 'click'] },
  })
  await bot?.close()
  await stripe?.close()
  for (const name of [...Object.keys(ENV), 'STRIPE_API_BASE']) delete process.env[name]
})

async function acceptedOrder() {
  const chatId = nextChat++
  const client = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
  const created = await bot.payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate: '2038-09-20',
      items: [{ product: catalog.bread.id, quantity: 12 }],
    },
  })
  const order = await bot.payload.update({
    collection: 'orders',
    id: created.id,
    data: { status: 'accepted' },
    user: manager,
  })
  return { chatId, order }
}

const urlOf = (chatId: number) => {
  const markup = bot.telegram.sent(chatId).at(-1)?.params.reply_markup as {
    inline_keyboard: { url?: string }[][]
  }
  return markup.inline_keyboard.flat()[0].url!
}

describe('choosing how to pay', () => {
  it('offers every enabled and configured provider as a button, and each gives its own page', async () => {
    const { chatId, order } = await acceptedOrder()
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      `Order #${order.number}: 96 000 so'm. How would you like to pay?`,
    ])
    expect(bot.buttons(chatId)).toEqual([
      `payvia:v1:${order.id}:stripe`,
      `payvia:v1:${order.id}:payme`,
      `payvia:v1:${order.id}:click`,
    ])

    expect(
      await bot.converse(chatId, callbackUpdate(chatId, `payvia:v1:${order.id}:payme`)),
    ).toEqual([`Order #${order.number}: 96 000 so'm. Press the button to pay with Payme.`])
    const payme = new URL(urlOf(chatId))
    expect(payme.origin).toBe('https://checkout.paycom.uz')
    expect(Buffer.from(payme.pathname.slice(1), 'base64').toString()).toBe(
      `m=merchant-83;ac.order_id=${order.number};a=9600000`,
    )

    await bot.converse(chatId, callbackUpdate(chatId, `payvia:v1:${order.id}:click`))
    expect(urlOf(chatId)).toBe(
      `https://my.click.uz/services/pay?service_id=8301&merchant_id=8302&amount=96000.00&transaction_param=${order.number}`,
    )

    await bot.converse(chatId, callbackUpdate(chatId, `payvia:v1:${order.id}:stripe`))
    expect(urlOf(chatId)).toContain('checkout.stripe.test')

    // Paid through Click's page: every choice now says there is nothing to pay.
    await click.pay(order.number!, '96000.00')
    expect(
      await bot.converse(chatId, callbackUpdate(chatId, `payvia:v1:${order.id}:payme`)),
    ).toEqual([`Order #${order.number} needs no payment now.`])
  })

  it('gives the link at once when the manager enabled one provider, and refuses one not enabled', async () => {
    await bot.payload.updateGlobal({ slug: 'settings', data: { paymentProviders: ['click'] } })
    try {
      expect(await checkoutProviders(bot.payload)).toEqual(['click'])
      const { chatId, order } = await acceptedOrder()
      expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
        `Order #${order.number}: 96 000 so'm. Press the button to pay with Click.`,
      ])
      // The Mini App's door: the same choice, and a provider not offered is refused.
      expect((await offerCheckout(bot.payload, order, 'click')).provider).toBe('click')
      await expect(offerCheckout(bot.payload, order, 'payme')).rejects.toMatchObject({
        status: 503,
      })
      expect(
        await bot.converse(chatId, callbackUpdate(chatId, `payvia:v1:${order.id}:payme`)),
      ).toEqual(['Card payment is not available; please pay the bakery directly.'])
    } finally {
      await bot.payload.updateGlobal({
        slug: 'settings',
        data: { paymentProviders: ['stripe', 'payme', 'click'] },
      })
    }
  })
})
