import { runAutoRecharge } from '@commerce/features/credits/card/autoRecharge'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CreditPackage, Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { makeClient } from '../support/fixtures'
import { unique } from '../support/payload'
import { callbackUpdate, textUpdate } from '../support/telegramUpdates'

const WEBHOOK_SECRET = 'whsec_credits_card'
const HOUR = 60 * 60_000
let bot: BotHarness
let stripe: FakeStripe
let saved: Pick<Setting, 'digitalGoodsByCard' | 'lowBalanceThreshold'>
let small: CreditPackage
let large: CreditPackage
let nextChat = 75_000_000 + (Date.now() % 1000) * 100

beforeAll(async () => {
  stripe = await startFakeStripe(WEBHOOK_SECRET)
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_tandir',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.apiBase,
    STRIPE_TIMEOUT_MS: '1000',
  })
  bot = await startBotHarness()
  const settings = await bot.payload.findGlobal({ slug: 'settings' })
  saved = {
    digitalGoodsByCard: settings.digitalGoodsByCard,
    lowBalanceThreshold: settings.lowBalanceThreshold,
  }
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { digitalGoodsByCard: false, lowBalanceThreshold: 5 },
  })
  // Credits are unique across packages: numbers no other file uses.
  const credits = 75_000 + Math.floor(Math.random() * 900) * 10
  small = await bot.payload.create({
    collection: 'credit-packages',
    data: { name: unique('Card 10 '), credits, priceStars: 50, priceCard: 1_500_000 },
  })
  large = await bot.payload.create({
    collection: 'credit-packages',
    data: {
      name: unique('Card 50 '),
      credits: credits + 1,
      bonus: 5,
      priceStars: 200,
      priceCard: 6_000_000,
    },
  })
})

afterAll(async () => {
  await bot?.payload.updateGlobal({ slug: 'settings', data: saved })
  // Packages of ours left on sale would show in other files' lists.
  for (const pkg of [small, large].filter(Boolean))
    await bot.payload.update({ collection: 'credit-packages', id: pkg.id, data: { active: false } })
  await bot?.close()
  await stripe?.close()
  for (const name of [
    'STRIPE_SECRET_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'STRIPE_API_BASE',
    'STRIPE_TIMEOUT_MS',
  ])
    delete process.env[name]
})

const cardsOn = (on: boolean) =>
  bot.payload.updateGlobal({ slug: 'settings', data: { digitalGoodsByCard: on } })

const drain = () =>
  createOutboxDispatcher({
    payload: bot.payload,
    api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
  }).drain()

async function newClient() {
  const chatId = nextChat++
  const client = await makeClient(bot.payload, {
    telegramId: chatId,
    language: 'en',
    status: 'active',
  })
  return { chatId, client }
}

const say = (chatId: number, text: string) => bot.converse(chatId, textUpdate(chatId, text))
const press = (chatId: number, data: string) => bot.converse(chatId, callbackUpdate(chatId, data))

/** The URL buttons under the bot's last message to the chat. */
function urlButtons(chatId: number): string[] {
  const markup = bot.telegram.sent(chatId).at(-1)?.params.reply_markup as
    | { inline_keyboard?: { url?: string }[][] }
    | undefined
  return (markup?.inline_keyboard ?? [])
    .flat()
    .map((button) => button.url)
    .filter((url): url is string => !!url)
}

async function wallet(clientId: number) {
  const { docs } = await bot.payload.find({
    collection: 'wallets',
    where: { client: { equals: clientId } },
    depth: 0,
  })
  return docs[0]
}

const entries = async (clientId: number) =>
  (
    await bot.payload.find({
      collection: 'ledger-entries',
      where: { client: { equals: clientId } },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
  ).docs

const purchases = async (clientId: number) =>
  (
    await bot.payload.find({
      collection: 'transactions',
      where: { client: { equals: clientId }, kind: { equals: 'credit_purchase' } },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
  ).docs

async function send(type: string, object: Record<string, unknown>, id?: string) {
  const { body, signature } = stripe.event(type, object, { id })
  const response = await fetch(`${bot.apiUrl}/stripe/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body,
  })
  return { status: response.status, body: (await response.json()) as { received?: string } }
}

/** The Checkout Session the fake holds for a client's credits, newest first. */
const sessionFor = (clientId: number) =>
  [...stripe.sessions.values()]
    .filter((session) => (session.metadata as { client?: string }).client === String(clientId))
    .at(-1)!

/** The client buys a package by card through the bot and pays on Stripe's page (no webhook yet). */
async function buyByCard(chatId: number, pkg: CreditPackage) {
  await say(chatId, '/buycard')
  expect(bot.buttons(chatId)).toContain(`cardbuy:v1:${pkg.id}`)
  await press(chatId, `cardbuy:v1:${pkg.id}`)
  const [url] = urlButtons(chatId)
  const session = [...stripe.sessions.values()].find((s) => s.url === url)!
  return stripe.pay(session.id as string)
}

/** A client who bought once by card (their card saved), chose auto-recharge, and spent it all. */
async function onAutoRecharge(pkg: CreditPackage) {
  const { chatId, client } = await newClient()
  const paid = await buyByCard(chatId, small)
  expect((await send('checkout.session.completed', paid)).status).toBe(200)
  await press(chatId, `autorecharge:v1:${pkg.id}`)
  await spendAll(client.id)
  const customer = (await wallet(client.id)).stripeCustomer!
  return { chatId, client, customer }
}

/** Takes what the wallet holds, as staff would (the balance below the threshold). */
async function spendAll(clientId: number) {
  const { balance } = await wallet(clientId)
  if (balance > 0)
    await bot.payload.create({
      collection: 'ledger-entries',
      data: { client: clientId, kind: 'take', source: 'staff', amount: -balance, reason: 'test' },
    })
}

const offSessionCalls = (customer: string) =>
  stripe.calls.filter(
    (call) => call.path === '/v1/payment_intents' && call.body.customer === customer,
  )

describe('credits by card, off by default', () => {
  it('refuses /buycard and /autorecharge while cards are off, pointing to Stars', async () => {
    await cardsOn(false)
    const { chatId } = await newClient()
    const refusal =
      'Credits are sold in Telegram Stars here: Telegram asks for Stars for digital goods bought inside it. Use /buy to pay in Stars.'
    expect(await say(chatId, '/buycard')).toEqual([refusal])
    expect(await say(chatId, '/autorecharge')).toEqual([refusal])
    // An old buy button pressed after cards were turned off is refused too, and makes no session.
    const before = stripe.calls.length
    expect(await press(chatId, `cardbuy:v1:${small.id}`)).toEqual([refusal])
    expect(stripe.calls.length).toBe(before)
  })
})

describe('buying credits by card', () => {
  beforeAll(() => cardsOn(true))

  it('pays on a Checkout page for the client’s customer and credits once through the webhook', async () => {
    const { chatId, client } = await newClient()
    await say(chatId, '/buycard')
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe('Choose a package to pay by card:')
    expect(bot.buttons(chatId)).toEqual(
      expect.arrayContaining([`cardbuy:v1:${small.id}`, `cardbuy:v1:${large.id}`]),
    )
    expect(await press(chatId, `cardbuy:v1:${large.id}`)).toEqual([
      `${large.name}: ${large.credits + 5} credits for 60 000 so'm. Press the button to pay by card; your card is saved for auto-recharge.`,
    ])
    const customer = (await wallet(client.id)).stripeCustomer!
    expect(stripe.customers.get(customer)?.metadata).toEqual({ client: String(client.id) })
    const session = sessionFor(client.id)
    expect(urlButtons(chatId)).toEqual([session.url])
    expect(session).toMatchObject({
      customer,
      metadata: { kind: 'credits', package: String(large.id), client: String(client.id) },
      payment_intent_data: { setup_future_usage: 'off_session' },
      amount_total: 6_000_000,
    })

    const paid = stripe.pay(session.id as string)
    const completed = stripe.event('checkout.session.completed', paid)
    const post = () =>
      fetch(`${bot.apiUrl}/stripe/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': completed.signature },
        body: completed.body,
      })
    expect((await post()).status).toBe(200)
    // The same event again, and the PaymentIntent's own event for the same purchase.
    expect(await (await post()).json()).toEqual({ received: 'duplicate' })
    const intent = stripe.intent(paid.payment_intent as string)
    expect((await send('payment_intent.succeeded', intent)).status).toBe(200)

    expect((await wallet(client.id)).balance).toBe(large.credits + 5)
    expect(await purchases(client.id)).toEqual([
      expect.objectContaining({
        provider: 'stripe',
        kind: 'credit_purchase',
        status: 'succeeded',
        amount: 6_000_000,
        externalId: intent.id,
      }),
    ])
    expect(await entries(client.id)).toEqual([
      expect.objectContaining({
        kind: 'purchase',
        source: 'stripe',
        amount: large.credits + 5,
        key: `stripe:${intent.id}`,
      }),
    ])
    expect(stripe.cardsOf(customer)).toHaveLength(1)
    await drain()
    const told = bot.telegram
      .sent(chatId)
      .map((call) => call.params.text)
      .filter((text) => String(text).includes('added by card'))
    expect(told).toEqual([
      `${large.credits + 5} credits added by card. Your balance: ${large.credits + 5}.`,
    ])

    // The next purchase uses the same customer.
    await say(chatId, '/buycard')
    await press(chatId, `cardbuy:v1:${small.id}`)
    expect(sessionFor(client.id).customer).toBe(customer)
    expect(stripe.calls.filter((call) => call.path === '/v1/customers')).toHaveLength(
      stripe.customers.size,
    )
  })

  it('credits once when the session’s and the intent’s events arrive at the same moment', async () => {
    const { chatId, client } = await newClient()
    const paid = await buyByCard(chatId, small)
    const intent = stripe.intent(paid.payment_intent as string)
    const events = [
      stripe.event('checkout.session.completed', paid),
      stripe.event('payment_intent.succeeded', intent),
      stripe.event('checkout.session.completed', paid),
      stripe.event('payment_intent.succeeded', intent),
    ]
    const answers = await Promise.all(
      events.map(({ body, signature }) =>
        fetch(`${bot.apiUrl}/stripe/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': signature },
          body,
        }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect((await wallet(client.id)).balance).toBe(small.credits)
    expect(await purchases(client.id)).toHaveLength(1)
    expect(await entries(client.id)).toHaveLength(1)
  })

  it('asks to try again when Stripe does not answer, and the next press works', async () => {
    const { chatId } = await newClient()
    stripe.failNext('/v1/customers', 500, 3)
    expect(await press(chatId, `cardbuy:v1:${small.id}`)).toEqual([
      'Card payment is not answering right now. Please try again in a minute.',
    ])
    stripe.failNext('/v1/checkout/sessions', 'timeout', 3)
    expect(await press(chatId, `cardbuy:v1:${small.id}`)).toEqual([
      'Card payment is not answering right now. Please try again in a minute.',
    ])
    expect((await press(chatId, `cardbuy:v1:${small.id}`))[0]).toMatch(/Press the button to pay/)
    expect(await press(chatId, 'cardbuy:v1:not-a-number')).toEqual([])
    expect(bot.telegram.calls.at(-1)?.params).toMatchObject({ show_alert: true })
  })

  it('answers a button for a package that is unknown or no longer sold by card', async () => {
    const { chatId } = await newClient()
    const gone =
      'This package is no longer sold by card. Send /buycard to see the packages on sale.'
    expect(await press(chatId, 'cardbuy:v1:999999999')).toEqual([gone])
    const retired = await bot.payload.create({
      collection: 'credit-packages',
      data: { name: unique('Stars only '), credits: small.credits + 3, priceStars: 10 },
    })
    expect(await press(chatId, `cardbuy:v1:${retired.id}`)).toEqual([gone])
    await bot.payload.delete({ collection: 'credit-packages', id: retired.id })
    expect(await press(chatId, 'autorecharge:v1:999999999')).toEqual([gone])
  })

  it('stores and flags a paid event for an unknown client or package, crediting nobody', async () => {
    const { client } = await newClient()
    const before = await bot.payload.count({
      collection: 'transactions',
      where: { kind: { equals: 'credit_purchase' } },
    })
    for (const metadata of [
      { kind: 'credits', client: '999999999', package: String(small.id) },
      { kind: 'credits', client: 'not-a-number', package: String(small.id) },
      { kind: 'credits', client: String(client.id), package: '999999999' },
      { kind: 'credits' },
    ]) {
      const id = `evt_unknown_${unique()}`
      const answer = await send(
        'checkout.session.completed',
        {
          id: `cs_unknown_${unique()}`,
          object: 'checkout.session',
          payment_status: 'paid',
          payment_intent: `pi_unknown_${unique()}`,
          amount_total: 1_500_000,
          currency: 'uzs',
          metadata,
        },
        id,
      )
      expect(answer).toEqual({ status: 200, body: { received: 'flagged' } })
      const { docs } = await bot.payload.find({
        collection: 'stripe-events',
        where: { eventId: { equals: id } },
      })
      expect(docs[0]).toMatchObject({ status: 'flagged' })
      expect(docs[0].error).toMatch(/no (client|credit package) of ours/)
    }
    expect(
      await bot.payload.count({
        collection: 'transactions',
        where: { kind: { equals: 'credit_purchase' } },
      }),
    ).toEqual(before)
    expect((await wallet(client.id))?.balance ?? 0).toBe(0)
  })
})

describe('what a card payment gives', () => {
  beforeAll(() => cardsOn(true))

  it('credits the offer the page showed, though the package changed before it was paid', async () => {
    const { chatId, client } = await newClient()
    const offer = await bot.payload.create({
      collection: 'credit-packages',
      data: {
        name: unique('Card offer '),
        credits: small.credits + 7,
        priceStars: 60,
        priceCard: 2_000_000,
      },
    })
    try {
      const paid = await buyByCard(chatId, offer)
      expect(paid.metadata).toMatchObject({
        credits: String(offer.credits),
        price: '2000000',
        currency: 'UZS',
      })
      // The manager changes the package while the client is on Stripe's page.
      await bot.payload.update({
        collection: 'credit-packages',
        id: offer.id,
        data: { credits: offer.credits + 1, bonus: 50, priceCard: 2_500_000 },
      })
      expect((await send('checkout.session.completed', paid)).status).toBe(200)
      expect((await wallet(client.id)).balance).toBe(offer.credits)
      expect(await purchases(client.id)).toEqual([
        expect.objectContaining({ status: 'succeeded', amount: 2_000_000 }),
      ])
    } finally {
      await bot.payload.update({
        collection: 'credit-packages',
        id: offer.id,
        data: { active: false },
      })
    }
  })

  it('records money that is not the price flagged, tells the staff once and gives nothing', async () => {
    const { client } = await newClient()
    const metadata = {
      kind: 'credits',
      client: String(client.id),
      package: String(small.id),
      credits: String(small.credits),
      price: '1500000',
      currency: 'UZS',
    }
    const intent = `pi_short_${unique()}`
    const ids = [`evt_short_${unique()}`, `evt_short_${unique()}`]
    const flagged = { status: 200, body: { received: 'flagged' } }
    expect(
      await send(
        'checkout.session.completed',
        {
          id: `cs_short_${unique()}`,
          object: 'checkout.session',
          payment_status: 'paid',
          payment_intent: intent,
          amount_total: 100,
          currency: 'uzs',
          metadata,
        },
        ids[0],
      ),
    ).toEqual(flagged)
    // The PaymentIntent's own event for the same money: flagged too, recorded and told once.
    expect(
      await send(
        'payment_intent.succeeded',
        {
          id: intent,
          object: 'payment_intent',
          amount: 100,
          amount_received: 100,
          currency: 'uzs',
          metadata,
        },
        ids[1],
      ),
    ).toEqual(flagged)
    for (const id of ids) {
      const { docs } = await bot.payload.find({
        collection: 'stripe-events',
        where: { eventId: { equals: id } },
      })
      expect(docs[0]).toMatchObject({
        status: 'flagged',
        error: 'paid 100, the price is 1500000 (UZS)',
      })
    }
    expect(await purchases(client.id)).toEqual([
      expect.objectContaining({
        status: 'succeeded',
        amount: 100,
        externalId: intent,
        raw: expect.objectContaining({ flagged: 'paid 100, the price is 1500000 (UZS)' }),
      }),
    ])
    expect(await entries(client.id)).toEqual([])
    expect((await wallet(client.id)).balance).toBe(0)
    const { rows } = await sqlDatabase(bot.payload).execute<{ first: number; second: number }>(sql`
      select count(*) filter (where payload->>'text' like ${`%${ids[0]}%`})::int as first,
             count(*) filter (where payload->>'text' like ${`%${ids[1]}%`})::int as second
        from outbox where topic = 'staff.message'`)
    expect(rows[0]).toEqual({ first: 1, second: 0 })
  })

  it('holds a page opened before the offer rode along to the package’s price now', async () => {
    const { client } = await newClient()
    const legacy = { kind: 'credits', client: String(client.id), package: String(small.id) }
    const session = (amount: number) => ({
      id: `cs_legacy_${unique()}`,
      object: 'checkout.session',
      payment_status: 'paid',
      payment_intent: `pi_legacy_${unique()}`,
      amount_total: amount,
      currency: 'uzs',
      metadata: legacy,
    })
    expect(await send('checkout.session.completed', session(1_500_000))).toEqual({
      status: 200,
      body: { received: 'processed' },
    })
    expect((await wallet(client.id)).balance).toBe(small.credits)
    expect(await send('checkout.session.completed', session(1_000_000))).toEqual({
      status: 200,
      body: { received: 'flagged' },
    })
    expect((await wallet(client.id)).balance).toBe(small.credits)
    expect((await purchases(client.id)).map((t) => t.amount)).toEqual([1_500_000, 1_000_000])
  })
})

describe('auto-recharge', () => {
  beforeAll(() => cardsOn(true))

  it('needs a saved card, then lets the client choose a package or turn it off', async () => {
    const { chatId, client } = await newClient()
    const noCard =
      'Auto-recharge needs a saved card: buy a package once with /buycard and your card is kept for it.'
    expect(await say(chatId, '/autorecharge')).toEqual([noCard])
    expect(await press(chatId, `autorecharge:v1:${small.id}`)).toEqual([noCard])
    const paid = await buyByCard(chatId, small)
    await send('checkout.session.completed', paid)
    const [menu] = await say(chatId, '/autorecharge')
    expect(menu).toBe(
      'Auto-recharge is off.\nChoose the package bought by itself when your balance falls below 5 credits, or turn it off:',
    )
    expect(bot.buttons(chatId)).toEqual(
      expect.arrayContaining([`autorecharge:v1:${small.id}`, 'autorecharge:v1:off']),
    )
    expect(await press(chatId, `autorecharge:v1:${small.id}`)).toEqual([
      `Auto-recharge is on: ${small.name} (${small.credits} credits, 15 000 so'm) is bought with your saved card when your balance falls below 5.`,
    ])
    expect((await wallet(client.id)).autoRecharge).toBe(small.id)
    expect((await say(chatId, '/autorecharge'))[0]).toMatch(`Auto-recharge is on: ${small.name}.`)
    expect(await press(chatId, 'autorecharge:v1:off')).toEqual(['Auto-recharge is off.'])
    expect((await wallet(client.id)).autoRecharge).toBeNull()
  })

  it('charges the saved card off-session below the threshold and credits it once', async () => {
    const { chatId, client, customer } = await onAutoRecharge(large)
    const job = await runAutoRecharge(bot.payload)
    expect(job).toMatchObject({ results: expect.arrayContaining(['succeeded']) })
    const [call] = offSessionCalls(customer)
    const w = await wallet(client.id)
    expect(call.idempotencyKey).toBe(`autorecharge:wallet:${w.id}:attempt:1`)
    expect(call.body).toMatchObject({
      amount: '6000000',
      currency: 'uzs',
      off_session: 'true',
      confirm: 'true',
      payment_method: stripe.cardsOf(customer)[0].id,
      metadata: {
        kind: 'credits',
        package: String(large.id),
        client: String(client.id),
        credits: String(large.credits + 5),
        price: '6000000',
        currency: 'UZS',
        autoRecharge: String(w.id),
        attempt: '1',
      },
    })
    expect(w.balance).toBe(large.credits + 5)
    // Stripe's own event for the same PaymentIntent credits nothing more, and the job rests.
    const [, recharge] = await purchases(client.id)
    expect(recharge).toMatchObject({ status: 'succeeded', raw: { autoRecharge: w.id } })
    expect(
      (await send('payment_intent.succeeded', stripe.intent(recharge.externalId!))).status,
    ).toBe(200)
    await runAutoRecharge(bot.payload)
    expect(offSessionCalls(customer)).toHaveLength(1)
    expect((await wallet(client.id)).balance).toBe(large.credits + 5)
    expect((await entries(client.id)).filter((e) => e.kind === 'purchase')).toHaveLength(2)
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `${large.credits + 5} credits added by card. Your balance: ${large.credits + 5}.`,
    )
  })

  it('sends a link when the bank asks for the cardholder, credits nothing until it is paid, then once', async () => {
    const { chatId, client, customer } = await onAutoRecharge(small)
    stripe.chargeOutcome(customer, 'authentication_required')
    await runAutoRecharge(bot.payload)
    expect((await wallet(client.id)).balance).toBe(0)
    const [, waiting] = await purchases(client.id)
    expect(waiting).toMatchObject({ status: 'pending' })
    expect(stripe.intent(waiting.externalId!).status).toBe('requires_action')
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `Your bank asks you to confirm the auto-recharge (${small.name}, 15 000 so'm). Nothing was charged: press the button to pay, or ignore this message.`,
    )
    const [url] = urlButtons(chatId)
    const page = [...stripe.sessions.values()].find((s) => s.url === url)!
    expect(page).toMatchObject({
      customer,
      metadata: { kind: 'credits', package: String(small.id), client: String(client.id) },
    })

    // Not charged again every minute while the link waits, even an hour later.
    await runAutoRecharge(bot.payload)
    await runAutoRecharge(bot.payload, new Date(Date.now() + HOUR))
    expect(offSessionCalls(customer)).toHaveLength(1)

    const paid = stripe.pay(page.id as string)
    const event = stripe.event('checkout.session.completed', paid)
    for (let i = 0; i < 2; i++)
      await fetch(`${bot.apiUrl}/stripe/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': event.signature },
        body: event.body,
      })
    await send('payment_intent.succeeded', stripe.intent(paid.payment_intent as string))
    expect((await wallet(client.id)).balance).toBe(small.credits)
    const after = await purchases(client.id)
    expect(after.map((t) => t.status)).toEqual(['succeeded', 'failed', 'succeeded'])
    expect(after[2].externalId).toBe(paid.payment_intent)
  })

  it('counts declines, resets on a success, and turns itself off after three in a row', async () => {
    const { chatId, client, customer } = await onAutoRecharge(small)
    stripe.chargeOutcome(customer, 'declined')
    const now = Date.now()
    await runAutoRecharge(bot.payload, new Date(now))
    expect((await wallet(client.id)).autoRechargeFailures).toBe(1)
    // A declined card waits an hour before it is tried again.
    await runAutoRecharge(bot.payload, new Date(now + 10 * 60_000))
    expect(offSessionCalls(customer)).toHaveLength(1)

    stripe.chargeOutcome(customer, 'success')
    await runAutoRecharge(bot.payload, new Date(now + HOUR + 60_000))
    expect(await wallet(client.id)).toMatchObject({
      autoRechargeFailures: 0,
      balance: small.credits,
    })

    await spendAll(client.id)
    stripe.chargeOutcome(customer, 'declined')
    for (let i = 2; i <= 4; i++)
      await runAutoRecharge(bot.payload, new Date(now + i * HOUR + 2 * 60_000))
    expect(offSessionCalls(customer)).toHaveLength(5)
    expect(await wallet(client.id)).toMatchObject({
      autoRecharge: null,
      autoRechargeFailures: 3,
      balance: 0,
    })
    expect((await purchases(client.id)).map((t) => t.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
      'failed',
      'failed',
      'failed',
    ])
    await runAutoRecharge(bot.payload, new Date(now + 6 * HOUR))
    expect(offSessionCalls(customer)).toHaveLength(5)
    await drain()
    const told = bot.telegram
      .sent(chatId)
      .map((call) => String(call.params.text))
      .filter((text) => /declined/.test(text))
    expect(told).toEqual([
      'Your card was declined for auto-recharge (1 of 3). We will try again later; check your card with /billing.',
      'Your card was declined for auto-recharge (1 of 3). We will try again later; check your card with /billing.',
      'Your card was declined for auto-recharge (2 of 3). We will try again later; check your card with /billing.',
      'Your card was declined three times in a row, so auto-recharge is now off. Check your card with /billing and turn it on again with /autorecharge.',
    ])
  })

  it('calls Stripe with the wallet unlocked, and two servers at once charge and credit once', async () => {
    const { client, customer } = await onAutoRecharge(small)
    const w = await wallet(client.id)
    const held = stripe.holdNext('/v1/payment_intents', (body) => body.customer === customer)
    const first = runAutoRecharge(bot.payload)
    await held.reached
    // While Stripe has the charge, no transaction holds the wallet: a message charge would not wait.
    const { rows } = await sqlDatabase(bot.payload).execute(
      sql`select id from wallets where id = ${w.id} for update nowait`,
    )
    expect(rows).toHaveLength(1)
    // A second server's run meanwhile makes the same attempt: the same key, one charge at Stripe.
    await runAutoRecharge(bot.payload)
    held.release()
    await first
    // Both servers asked (the held call and the second run's), with one key between them.
    expect(offSessionCalls(customer).length).toBeGreaterThanOrEqual(2)
    const keys = new Set(offSessionCalls(customer).map((call) => call.idempotencyKey))
    expect([...keys]).toEqual([`autorecharge:wallet:${w.id}:attempt:1`])
    expect((await wallet(client.id)).balance).toBe(small.credits)
    expect((await purchases(client.id)).map((t) => t.status)).toEqual(['succeeded', 'succeeded'])
    expect((await entries(client.id)).filter((e) => e.kind === 'purchase')).toHaveLength(2)
  })

  it('records a decline two servers got for the same attempt once', async () => {
    const { client, customer } = await onAutoRecharge(small)
    stripe.chargeOutcome(customer, 'declined')
    const held = stripe.holdNext('/v1/payment_intents', (body) => body.customer === customer)
    const first = runAutoRecharge(bot.payload)
    await held.reached
    await runAutoRecharge(bot.payload)
    held.release()
    await first
    expect(offSessionCalls(customer).length).toBeGreaterThanOrEqual(2)
    expect(new Set(offSessionCalls(customer).map((call) => call.idempotencyKey)).size).toBe(1)
    expect((await wallet(client.id)).autoRechargeFailures).toBe(1)
    expect((await purchases(client.id)).map((t) => t.status)).toEqual(['succeeded', 'failed'])
    const { rows } = await sqlDatabase(bot.payload).execute<{ told: number }>(sql`
      select count(*)::int as told from outbox
       where topic = 'credits.autorecharge_declined' and (payload->>'client')::int = ${client.id}`)
    expect(rows[0].told).toBe(1)
  })

  it('moves on to a new key after a charge it could not record was credited by Stripe’s event', async () => {
    const { client, customer } = await onAutoRecharge(small)
    const w = await wallet(client.id)
    const key = (attempt: number) => `autorecharge:wallet:${w.id}:attempt:${attempt}`
    // A run that charged attempt 1 and stopped before writing anything: only Stripe's event tells.
    const { stripeClient } = await import('@commerce/stripeClient')
    const lost = await stripeClient(bot.payload)!.paymentIntents.create(
      {
        amount: 1_500_000,
        currency: 'uzs',
        customer,
        payment_method: stripe.cardsOf(customer)[0].id as string,
        off_session: true,
        confirm: true,
        metadata: {
          kind: 'credits',
          package: String(small.id),
          client: String(client.id),
          autoRecharge: String(w.id),
          attempt: '1',
        },
      },
      { idempotencyKey: key(1) },
    )
    expect((await send('payment_intent.succeeded', stripe.intent(lost.id))).status).toBe(200)
    expect((await wallet(client.id)).balance).toBe(small.credits)
    const [, credited] = await purchases(client.id)
    expect(credited.raw).toMatchObject({ autoRecharge: w.id, attempt: 1 })

    // Spent again: the next charge is a new attempt, not Stripe's cached answer to the first.
    await spendAll(client.id)
    await runAutoRecharge(bot.payload)
    expect(offSessionCalls(customer).map((call) => call.idempotencyKey)).toEqual([key(1), key(2)])
    expect((await wallet(client.id)).balance).toBe(small.credits)
    expect((await purchases(client.id)).map((t) => t.status)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ])
  })

  it('turns itself off when the saved card is gone', async () => {
    const { chatId, client, customer } = await onAutoRecharge(small)
    for (const card of stripe.cardsOf(customer)) card.customer = null
    await runAutoRecharge(bot.payload)
    expect((await wallet(client.id)).autoRecharge).toBeNull()
    expect(offSessionCalls(customer)).toHaveLength(0)
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      'Auto-recharge is off: there is no saved card any more. Buy a package with /buycard to save one.',
    )
  })

  it('does nothing while cards are off', async () => {
    await cardsOn(false)
    expect(await runAutoRecharge(bot.payload)).toBe('cards-off')
    await cardsOn(true)
  })
})

describe('/billing', () => {
  beforeAll(() => cardsOn(true))

  it('opens the billing portal for the client’s customer, or says there is none yet', async () => {
    const { chatId, client } = await newClient()
    expect(await say(chatId, '/billing')).toEqual([
      'You have no saved card with us yet: it is saved when you first pay by card (/buycard).',
    ])
    const paid = await buyByCard(chatId, small)
    await send('checkout.session.completed', paid)
    expect(await say(chatId, '/billing')).toEqual(['Manage your saved cards and payments:'])
    const [url] = urlButtons(chatId)
    const portal = [...stripe.portalSessions.values()].find((p) => p.url === url)
    expect(portal?.customer).toBe((await wallet(client.id)).stripeCustomer)
    stripe.failNext('/v1/billing_portal', 500, 3)
    expect(await say(chatId, '/billing')).toEqual([
      'Card payment is not answering right now. Please try again in a minute.',
    ])
  })
})

describe('stripe-node against the fake', () => {
  it('keeps an idempotent off-session charge the same, and a missing customer is a clear 400', async () => {
    const { stripeClient } = await import('@commerce/stripeClient')
    const client = stripeClient(bot.payload)!
    const customer = await client.customers.create({}, { idempotencyKey: unique('c') })
    const card = stripe.saveCard(customer.id)
    stripe.chargeOutcome(card.id as string, 'declined')
    const charge = () =>
      client.paymentIntents.create(
        {
          amount: 100,
          currency: 'uzs',
          customer: customer.id,
          payment_method: card.id as string,
          off_session: true,
          confirm: true,
        },
        { idempotencyKey: 'same-charge' },
      )
    const first = await charge().catch((error) => error)
    stripe.chargeOutcome(card.id as string, 'success')
    const second = await charge().catch((error) => error)
    expect(first.code).toBe('card_declined')
    expect(second.payment_intent.id).toBe(first.payment_intent.id)
    await expect(
      client.billingPortal.sessions.create(
        { customer: 'cus_nobody' },
        { idempotencyKey: unique() },
      ),
    ).rejects.toMatchObject({ statusCode: 400 })
    expect((await client.customers.retrieve(customer.id)).id).toBe(customer.id)
  })
})

// Keep the raw SQL import used: the wallet's stored balance equals its ledger's sum.
it('keeps every wallet of this file equal to its ledger', async () => {
  const { rows } = await sqlDatabase(bot.payload).execute<{ off: number }>(sql`
    select count(*)::int as off from wallets w
     where w.balance <> coalesce((select sum(amount) from ledger_entries e where e.wallet_id = w.id), 0)
       and w.stripe_customer is not null`)
  expect(rows[0].off).toBe(0)
})
