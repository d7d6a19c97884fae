import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CreditPackage, Pass, PremiumContent, Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import sharp from 'sharp'
import { offerPayload } from '@/domain/starsOffer'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { unique } from '../support/payload'
import { login } from '../support/restServer'
import {
  callbackUpdate,
  preCheckoutUpdate,
  refundedPaymentUpdate,
  successfulPaymentUpdate,
  textUpdate,
} from '../support/telegramUpdates'

// This file's Telegram users, apart from every other file's in the shared database.
let nextChat = 73_000_000
// Credits no other file's package uses (a package's credits are unique).
const SMALL = 7301
const LARGE = 7350
const STAFF_CHAT = -1_007_300_000

let bot: BotHarness
let settingsBefore: Setting
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-stars-'))
const auth: Record<'manager' | 'accountant', Record<string, string>> = {
  manager: {},
  accountant: {},
}
let small: CreditPackage
let large: CreditPackage
let day: Pass
let guide: PremiumContent

beforeAll(async () => {
  process.env.MEDIA_DIR = mediaDir
  bot = await startBotHarness()
  const { payload } = bot
  settingsBefore = await payload.findGlobal({ slug: 'settings' })
  await payload.updateGlobal({
    slug: 'settings',
    data: { adminChatId: STAFF_CHAT, staffLanguage: 'en', newClientStatus: 'active' },
  })
  for (const role of ['manager', 'accountant'] as const) {
    const user = await makeUser(payload, role)
    auth[role] = await login(bot.apiUrl, user.email, PASSWORD)
  }
  small = await payload.create({
    collection: 'credit-packages',
    data: { name: 'Small', credits: SMALL, bonus: 0, priceStars: 50 },
  })
  large = await payload.create({
    collection: 'credit-packages',
    data: { name: 'Large', credits: LARGE, bonus: 5, priceStars: 250 },
  })
  day = await payload.create({
    collection: 'passes',
    data: { name: unique('Day '), hours: 24, priceStars: 120 },
  })
  const bytes = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 90, b: 200 } },
  })
    .jpeg()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'A recipe card' },
    file: { data: bytes, mimetype: 'image/jpeg', name: 'recipe.jpg', size: bytes.length },
  })
  guide = await payload.create({
    collection: 'premium-content',
    data: { title: unique('Samsa recipe '), file: media.id, priceStars: 75 },
  })
})

afterAll(async () => {
  if (bot) {
    const { adminChatId, staffLanguage, newClientStatus } = settingsBefore
    await bot.payload.updateGlobal({
      slug: 'settings',
      data: { adminChatId, staffLanguage, newClientStatus },
    })
    // Packages are unique by credits: leave none of this file's on sale for the next file.
    await bot.payload.update({
      collection: 'credit-packages',
      where: { credits: { in: [SMALL, LARGE] } },
      data: { active: false },
    })
  }
  await bot?.close()
  fs.rmSync(mediaDir, { recursive: true, force: true })
  delete process.env.MEDIA_DIR
})

/** A registered client writing in English, with their own Telegram id. */
async function newClient(language = 'en') {
  const chatId = nextChat++
  const client = await makeClient(bot.payload, { telegramId: chatId, language })
  return { chatId, client }
}

const invoicesTo = (chatId: number) => bot.telegram.sentBy('sendInvoice', chatId)

/** What the invoice sent last to `chatId` asks for, as the client's Telegram would pay it. */
function lastInvoice(chatId: number) {
  const params = invoicesTo(chatId).at(-1)?.params as {
    payload: string
    prices: { amount: number }[]
  }
  return { payload: params.payload, total: params.prices[0].amount }
}

const walletOf = async (client: number) =>
  (
    await bot.payload.find({
      collection: 'wallets',
      where: { client: { equals: client } },
      depth: 0,
    })
  ).docs[0]

const purchaseOf = async (chargeId: string) =>
  (
    await bot.payload.find({
      collection: 'transactions',
      where: {
        and: [{ provider: { equals: 'telegram_stars' } }, { externalId: { equals: chargeId } }],
      },
      depth: 0,
    })
  ).docs

const entriesOf = async (transaction: number) =>
  (
    await bot.payload.find({
      collection: 'ledger-entries',
      where: { transaction: { equals: transaction } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

const refund = (id: number | string, headers: Record<string, string> = auth.manager) =>
  fetch(`${bot.apiUrl}/transactions/${id}/refund-stars`, { method: 'POST', headers })

const errorOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0].message

/** A client who bought the small package (50 ⭐, 7 301 credits). */
async function boughtSmall() {
  const { chatId, client } = await newClient()
  await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
  const paid = await bot.payStars(chatId, lastInvoice(chatId))
  const [purchase] = await purchaseOf(paid.chargeId!)
  return { chatId, client, chargeId: paid.chargeId!, purchase }
}

describe('the shop in Telegram Stars', () => {
  it('/buy lists the packages with their bonus and price; a button sends the invoice', async () => {
    const { chatId } = await newClient()
    expect(await bot.converse(chatId, textUpdate(chatId, '/buy'))).toEqual([
      'Credit packages, paid in Telegram Stars ⭐:',
    ])
    const markup = bot.telegram.sent(chatId).at(-1)?.params.reply_markup as {
      inline_keyboard: { text: string; callback_data: string }[][]
    }
    const buttons = markup.inline_keyboard.flat()
    expect(buttons).toEqual(
      expect.arrayContaining([
        { text: `${SMALL} credits — 50 ⭐`, callback_data: `stars:v1:credits:${small.id}` },
        {
          text: `${LARGE} + 5 bonus credits — 250 ⭐`,
          callback_data: `stars:v1:credits:${large.id}`,
        },
      ]),
    )
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:credits:${large.id}`))
    expect(invoicesTo(chatId).map((call) => call.params)).toEqual([
      expect.objectContaining({
        title: 'Large',
        description: `${LARGE + 5} credits for messages to support, 5 of them a bonus.`,
        currency: 'XTR',
        provider_token: '',
        prices: [{ label: 'Large', amount: 250 }],
        payload: offerPayload({ kind: 'credits', id: large.id, stars: 250 }),
      }),
    ])
  })

  it(`/buy${SMALL} sends that package's invoice at once; an unknown /buy7 lists what is on sale`, async () => {
    const { chatId } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    expect(invoicesTo(chatId).at(-1)?.params).toMatchObject({
      currency: 'XTR',
      provider_token: '',
      prices: [{ amount: 50 }],
      payload: offerPayload({ kind: 'credits', id: small.id, stars: 50 }),
    })
    const [answer] = await bot.converse(chatId, textUpdate(chatId, '/buy7'))
    expect(answer).toMatch(/^There is no package of 7 credits\. On sale: .*Send \/buy to choose\.$/)
    expect(answer).toContain(`/buy${SMALL}`)
    expect(answer).toContain(`/buy${LARGE}`)
    expect(invoicesTo(chatId)).toHaveLength(1)
  })

  it('/pass and /premium list what is on sale; the help names the commands', async () => {
    const { chatId } = await newClient()
    expect(await bot.converse(chatId, textUpdate(chatId, '/pass'))).toEqual([
      'Passes: unlimited messages to support for a while, paid in Telegram Stars ⭐:',
    ])
    expect(bot.buttons(chatId)).toContain(`stars:v1:pass:${day.id}`)
    await bot.converse(chatId, textUpdate(chatId, '/premium'))
    expect(bot.buttons(chatId)).toContain(`stars:v1:premium:${guide.id}`)
    const [help] = await bot.converse(chatId, textUpdate(chatId, 'hello?'))
    expect(help).toContain('/buy to buy credits in Telegram Stars (/buy10 buys 10 at once)')
    expect(help).toContain('/pass for a pass: unlimited messages to support for a while')
    expect(help).toContain('/premium for premium content')
  })
})

describe('the fake Bot API', () => {
  it('makes invoice links and sends paid media, as Telegram answers them', async () => {
    const api = new Api('123:TEST', { apiRoot: bot.telegram.apiRoot })
    const link = await api.createInvoiceLink('Small', 'Credits', 'credits:v1:1:50', '', 'XTR', [
      { label: 'Small', amount: 50 },
    ])
    expect(link).toMatch(/^https:\/\/t\.me\/\$/)
    const paid = await api.sendPaidMedia(nextChat, 5, [{ type: 'photo', media: 'file-id' }])
    expect(paid.paid_media).toMatchObject({ star_count: 5 })
    await expect(api.refundStarPayment(nextChat, 'stxNOPE')).rejects.toThrow('CHARGE_NOT_FOUND')
  })
})

describe('the pre-checkout', () => {
  it('is answered ok while the offer stands at its price', async () => {
    const { chatId } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const query = preCheckoutUpdate(chatId, lastInvoice(chatId))
    expect((await bot.post(query)).status).toBe(200)
    expect(bot.telegram.preCheckoutAnswer(query.pre_checkout_query.id)).toEqual({
      pre_checkout_query_id: query.pre_checkout_query.id,
      ok: true,
    })
  })

  it('refuses, in the payer’s language, a changed price, a deleted package and a payload we never made', async () => {
    const { chatId } = await newClient('ru')
    const gone = await bot.payload.create({
      collection: 'credit-packages',
      data: { name: 'Gone', credits: 7399, priceStars: 30 },
    })
    await bot.converse(chatId, textUpdate(chatId, '/buy7399'))
    const goneInvoice = lastInvoice(chatId)
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const smallInvoice = lastInvoice(chatId)
    await bot.payload.delete({ collection: 'credit-packages', id: gone.id })
    await bot.payload.update({
      collection: 'credit-packages',
      id: small.id,
      data: { priceStars: 60 },
    })
    try {
      expect((await bot.payStars(chatId, smallInvoice)).answer).toMatchObject({
        ok: false,
        error_message:
          'Цена изменилась после выставления счёта. Оплата не списана; запросите новый счёт.',
      })
      expect((await bot.payStars(chatId, goneInvoice)).answer).toMatchObject({
        ok: false,
        error_message: 'Это больше не продаётся. Оплата не списана.',
      })
      expect(
        (await bot.payStars(chatId, { payload: 'credits:v9:1:1', total: 1 })).answer,
      ).toMatchObject({
        ok: false,
        error_message: 'Этот счёт устарел. Оплата не списана; запросите новый.',
      })
      // A total other than the invoice's is refused too.
      const asked = {
        ...smallInvoice,
        payload: offerPayload({ kind: 'credits', id: small.id, stars: 60 }),
      }
      expect((await bot.payStars(chatId, { ...asked, total: 1 })).answer?.ok).toBe(false)
    } finally {
      await bot.payload.update({
        collection: 'credit-packages',
        id: small.id,
        data: { priceStars: 50 },
      })
    }
  })
})

describe('a successful payment', () => {
  it('credits the package once, however often Telegram delivers it', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${LARGE}`))
    const invoice = lastInvoice(chatId)
    const paid = await bot.payStars(chatId, invoice)
    expect(paid.answer?.ok).toBe(true)
    expect(paid.replies).toEqual([
      `Thank you! ${LARGE + 5} credits added. Balance: ${LARGE + 5} credits.`,
    ])
    const [purchase] = await purchaseOf(paid.chargeId!)
    expect(purchase).toMatchObject({
      provider: 'telegram_stars',
      kind: 'credit_purchase',
      currency: 'XTR',
      amount: 250,
      status: 'succeeded',
      client: client.id,
      raw: expect.objectContaining({
        invoice_payload: invoice.payload,
        telegram_payment_charge_id: paid.chargeId,
      }),
    })
    expect(await entriesOf(purchase.id)).toMatchObject([
      {
        kind: 'purchase',
        source: 'telegram_stars',
        amount: LARGE + 5,
        balanceAfter: LARGE + 5,
        key: `stars:${paid.chargeId}`,
      },
    ])

    // The same payment again, in a new update (Telegram's resend, a second server).
    const again = successfulPaymentUpdate(chatId, { ...invoice, chargeId: paid.chargeId! })
    expect(await bot.converse(chatId, again)).toEqual([])
    expect(await purchaseOf(paid.chargeId!)).toHaveLength(1)
    expect(await entriesOf(purchase.id)).toHaveLength(1)
    expect((await walletOf(client.id)).balance).toBe(LARGE + 5)
  })

  it('delivered twice at the same moment is credited once', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const invoice = lastInvoice(chatId)
    const chargeId = bot.telegram.starsCharge(chatId, invoice.total)
    const before = bot.telegram.sent(chatId).length
    const statuses = await Promise.all(
      [1, 2].map(() => bot.post(successfulPaymentUpdate(chatId, { ...invoice, chargeId }))),
    )
    expect(statuses.map((response) => response.status)).toEqual([200, 200])
    expect(bot.telegram.sent(chatId).slice(before)).toHaveLength(1)
    expect(await purchaseOf(chargeId)).toHaveLength(1)
    expect((await walletOf(client.id)).balance).toBe(SMALL)
  })

  it('is recorded while the client is in the middle of an order', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const invoice = lastInvoice(chatId)
    // An order under way waits for a button: a message it does not expect is not its answer.
    await makeCatalog(bot.payload)
    expect(await bot.converse(chatId, textUpdate(chatId, '/order'))).toHaveLength(1)
    const { rows } = await sqlDatabase(bot.payload).execute(
      sql`select 1 from bot_sessions where key = ${`order:${chatId}`}`,
    )
    expect(rows.length).toBeGreaterThan(0)
    const paid = await bot.payStars(chatId, invoice)
    expect(paid.replies).toEqual([`Thank you! ${SMALL} credits added. Balance: ${SMALL} credits.`])
    expect((await walletOf(client.id)).balance).toBe(SMALL)
  })

  it('makes a payer who never registered an individual client', async () => {
    const chatId = nextChat++
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`, { languageCode: 'en' }))
    const paid = await bot.payStars(chatId, { ...lastInvoice(chatId), languageCode: 'en' })
    expect(paid.replies).toEqual([`Thank you! ${SMALL} credits added. Balance: ${SMALL} credits.`])
    const [client] = (
      await bot.payload.find({ collection: 'clients', where: { telegramId: { equals: chatId } } })
    ).docs
    expect(client).toMatchObject({ kind: 'individual', name: 'Dilshod', language: 'en' })
    expect((await purchaseOf(paid.chargeId!))[0].client).toBe(client.id)
  })

  it('of a pass extends the pass by its hours from where it ends', async () => {
    const { chatId, client } = await newClient()
    const started = Date.now()
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:pass:${day.id}`))
    const first = await bot.payStars(chatId, lastInvoice(chatId))
    expect(first.replies[0]).toMatch(
      new RegExp(
        `^Thank you! Your pass “${day.name}” runs until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\. Balance: 0 credits\\.$`,
      ),
    )
    const once = new Date((await walletOf(client.id)).passUntil!).getTime()
    expect(once - started).toBeGreaterThanOrEqual(24 * 3_600_000)
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:pass:${day.id}`))
    const second = await bot.payStars(chatId, lastInvoice(chatId))
    const twice = new Date((await walletOf(client.id)).passUntil!).getTime()
    expect(twice - once).toBe(24 * 3_600_000)
    const [purchase] = await purchaseOf(second.chargeId!)
    expect(await entriesOf(purchase.id)).toMatchObject([
      { kind: 'pass', amount: 0, reason: `${day.name} (24 h)`, source: 'telegram_stars' },
    ])
  })

  it('of premium content unlocks it and sends the file; /premium then sends it again, free', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:premium:${guide.id}`))
    expect(invoicesTo(chatId).at(-1)?.params).toMatchObject({
      title: guide.title.slice(0, 31),
      description: 'Sent to this chat as soon as it is paid.',
      prices: [{ amount: 75 }],
    })
    const paid = await bot.payStars(chatId, lastInvoice(chatId))
    expect(paid.replies).toEqual([
      `Thank you! “${guide.title}” is yours. Send /premium to get it again at any time.`,
    ])
    const photos = bot.telegram.sentBy('sendPhoto', chatId)
    expect(photos.map((call) => call.params)).toEqual([
      expect.objectContaining({
        caption: guide.title,
        photo: { upload: expect.objectContaining({ name: 'recipe.jpg' }) },
      }),
    ])
    const [unlock] = (
      await bot.payload.find({ collection: 'unlocks', where: { client: { equals: client.id } } })
    ).docs
    expect(unlock).toMatchObject({ content: expect.objectContaining({ id: guide.id }) })

    await bot.converse(chatId, textUpdate(chatId, '/premium'))
    expect(bot.buttons(chatId)).toContain(`stars-again:v1:${guide.id}`)
    await bot.converse(chatId, callbackUpdate(chatId, `stars-again:v1:${guide.id}`))
    expect(bot.telegram.sentBy('sendPhoto', chatId)).toHaveLength(2)
    // Paying twice for what is already theirs is refused before any money moves.
    expect(
      (
        await bot.payStars(chatId, {
          payload: offerPayload({ kind: 'premium', id: guide.id, stars: 75 }),
          total: 75,
        })
      ).answer,
    ).toMatchObject({ ok: false, error_message: expect.stringContaining('already yours') })
  })

  it('for an offer we cannot read is kept, flagged, told to the payer and to the staff', async () => {
    const { chatId, client } = await newClient()
    const chargeId = bot.telegram.starsCharge(chatId, 99)
    const update = successfulPaymentUpdate(chatId, { payload: 'mystery:v1', total: 99, chargeId })
    expect(await bot.converse(chatId, update)).toEqual([
      'Your payment of 99 ⭐ has been received, but we could not match it to an offer. The staff have been told and will sort it out.',
    ])
    const [purchase] = await purchaseOf(chargeId)
    expect(purchase).toMatchObject({
      client: client.id,
      amount: 99,
      status: 'succeeded',
      note: 'unknown offer',
    })
    expect(await entriesOf(purchase.id)).toEqual([])

    const db = sqlDatabase(bot.payload)
    // Notifications other files left unsent are not this test's to send.
    await db.execute(
      sql`update outbox set status = 'dead', last_error = 'left by another test file'
           where status = 'pending' and topic <> 'credits.stars_unmatched'`,
    )
    await createOutboxDispatcher({
      payload: bot.payload,
      api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
    }).drain()
    expect(bot.telegram.sent(STAFF_CHAT).map((call) => call.params.text)).toContainEqual(
      `⚠️ A Telegram Stars payment of 99 ⭐ from #${client.id} (Telegram ${chatId}) could not be matched (unknown offer “mystery:v1”). It is recorded as transaction #${purchase.id} (charge ${chargeId}): refund it from the admin if needed.`,
    )
  })
})

const alertsFor = async (transaction: number) =>
  (
    await sqlDatabase(bot.payload).execute<{ problem: string }>(
      sql`select payload->>'problem' as problem from outbox
           where topic = 'credits.stars_unmatched' and (payload->>'transaction')::int = ${transaction}`,
    )
  ).rows.map((row) => row.problem)

const UNMATCHED = (stars: number) =>
  `Your payment of ${stars} ⭐ has been received, but we could not match it to an offer. The staff have been told and will sort it out.`

describe('a payment that cannot give what it paid for', () => {
  it('of premium content paid twice at once (two invoices) unlocks it once and keeps the other payment, flagged', async () => {
    const { chatId, client } = await newClient()
    const invoice = {
      payload: offerPayload({ kind: 'premium', id: guide.id, stars: 75 }),
      total: 75,
    }
    const charges = [1, 2].map(() => bot.telegram.starsCharge(chatId, 75))
    const before = bot.telegram.sent(chatId).length
    // Both payments find the content not unlocked yet before either unlocks it: the client's row
    // is held until both wait on it to write their transaction.
    const holder = await bot.payload.db.pool.connect()
    let statuses: number[]
    try {
      await holder.query('begin')
      await holder.query('select id from clients where id = $1 for update', [client.id])
      const waiting = async () =>
        (
          await bot.payload.db.pool.query(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%insert into "transactions"%'`,
          )
        ).rows[0].n
      const posts = charges.map((chargeId) =>
        bot.post(successfulPaymentUpdate(chatId, { ...invoice, chargeId })),
      )
      while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20))
      await holder.query('commit')
      statuses = (await Promise.all(posts)).map((response) => response.status)
    } finally {
      holder.release()
    }
    expect(statuses).toEqual([200, 200])
    const purchases = (await Promise.all(charges.map(purchaseOf))).flat()
    expect(purchases.map((purchase) => purchase.note).sort()).toEqual(
      ['already unlocked', guide.title].sort(),
    )
    const flagged = purchases.find((purchase) => purchase.note === 'already unlocked')!
    expect(flagged).toMatchObject({ status: 'succeeded', amount: 75, client: client.id })
    expect(await alertsFor(flagged.id)).toEqual(['owned'])
    const unlocks = await bot.payload.find({
      collection: 'unlocks',
      where: { client: { equals: client.id } },
      depth: 0,
    })
    expect(unlocks.docs.map((unlock) => unlock.transaction)).toEqual([
      purchases.find((purchase) => purchase !== flagged)!.id,
    ])
    expect(
      bot.telegram
        .sent(chatId)
        .slice(before)
        .map((call) => call.params.text),
    ).toEqual(
      expect.arrayContaining([
        `Thank you! “${guide.title}” is yours. Send /premium to get it again at any time.`,
        UNMATCHED(75),
      ]),
    )
    // The flagged payment is refunded without taking the unlock the other one bought.
    expect((await refund(flagged.id)).status).toBe(200)
    expect(
      (await bot.payload.find({ collection: 'unlocks', where: { client: { equals: client.id } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('that cannot be recorded is kept, flagged and told to the staff, not lost', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const invoice = lastInvoice(chatId)
    const chargeId = bot.telegram.starsCharge(chatId, 50)
    // The database refuses this client's ledger entries: recording the payment fails halfway.
    const { pool } = bot.payload.db
    await pool.query(`create function stars_test_ledger_down() returns trigger language plpgsql as $$
      begin if new.client_id = ${client.id} then raise exception 'ledger down'; end if; return new; end $$`)
    await pool.query(
      'create trigger stars_test_ledger_down before insert on ledger_entries for each row execute function stars_test_ledger_down()',
    )
    try {
      const update = successfulPaymentUpdate(chatId, { ...invoice, chargeId })
      expect(await bot.converse(chatId, update)).toEqual([UNMATCHED(50)])
    } finally {
      await pool.query('drop trigger stars_test_ledger_down on ledger_entries')
      await pool.query('drop function stars_test_ledger_down()')
    }
    const [purchase] = await purchaseOf(chargeId)
    expect(purchase).toMatchObject({
      client: client.id,
      provider: 'telegram_stars',
      kind: 'credit_purchase',
      status: 'succeeded',
      currency: 'XTR',
      amount: 50,
      note: 'not recorded: ledger down',
      raw: expect.objectContaining({ telegram_payment_charge_id: chargeId }),
    })
    expect(await entriesOf(purchase.id)).toEqual([])
    expect(await alertsFor(purchase.id)).toEqual(['failed'])
    expect((await walletOf(client.id))?.balance ?? 0).toBe(0)
    // Delivered again, it is the payment already kept: nothing more happens.
    const again = successfulPaymentUpdate(chatId, { ...invoice, chargeId })
    expect(await bot.converse(chatId, again)).toEqual([])
    expect(await purchaseOf(chargeId)).toHaveLength(1)
  })

  it('at a price other than the invoice’s or the item’s now gives nothing, kept flagged and told to the staff', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, textUpdate(chatId, `/buy${SMALL}`))
    const invoice = lastInvoice(chatId)
    // The pre-checkout passed at 50 ⭐; the manager changed the price before the payment arrived.
    await bot.payload.update({
      collection: 'credit-packages',
      id: small.id,
      data: { priceStars: 60 },
    })
    const changed = bot.telegram.starsCharge(chatId, 50)
    try {
      const update = successfulPaymentUpdate(chatId, { ...invoice, chargeId: changed })
      expect(await bot.converse(chatId, update)).toEqual([UNMATCHED(50)])
    } finally {
      await bot.payload.update({
        collection: 'credit-packages',
        id: small.id,
        data: { priceStars: 50 },
      })
    }
    // A total other than the invoice's, the price standing, gives nothing either.
    const forged = bot.telegram.starsCharge(chatId, 1)
    const update = successfulPaymentUpdate(chatId, { ...invoice, total: 1, chargeId: forged })
    expect(await bot.converse(chatId, update)).toEqual([UNMATCHED(1)])

    for (const chargeId of [changed, forged]) {
      const [purchase] = await purchaseOf(chargeId)
      expect(purchase).toMatchObject({
        client: client.id,
        status: 'succeeded',
        note: 'price changed',
      })
      expect(await entriesOf(purchase.id)).toEqual([])
      expect(await alertsFor(purchase.id)).toEqual(['price_changed'])
    }
    expect((await walletOf(client.id))?.balance ?? 0).toBe(0)

    const [purchase] = await purchaseOf(changed)
    // Only this alert is sent: the staff chat takes a message a few seconds, others would wait.
    await sqlDatabase(bot.payload).execute(
      sql`update outbox set status = 'dead', last_error = 'not this test''s to send'
           where status = 'pending'
             and not (topic = 'credits.stars_unmatched' and (payload->>'transaction')::int = ${purchase.id})`,
    )
    await createOutboxDispatcher({
      payload: bot.payload,
      api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
    }).drain()
    expect(bot.telegram.sent(STAFF_CHAT).map((call) => call.params.text)).toContainEqual(
      `⚠️ A Telegram Stars payment of 50 ⭐ from #${client.id} (Telegram ${chatId}) could not be matched (the price changed after the invoice “${invoice.payload}”). It is recorded as transaction #${purchase.id} (charge ${changed}): refund it from the admin if needed.`,
    )
  })
})

describe('a refund from the admin', () => {
  it('takes the credits back, returns the Stars and tells the client; a second one is refused', async () => {
    const { client, chargeId, purchase } = await boughtSmall()
    const response = await refund(purchase.id)
    expect(response.status).toBe(200)
    expect(bot.telegram.starsRefunded(chargeId)).toBe(true)
    expect((await purchaseOf(chargeId))[0].status).toBe('refunded')
    expect((await walletOf(client.id)).balance).toBe(0)
    expect(await entriesOf(purchase.id)).toMatchObject([
      { kind: 'purchase', amount: SMALL },
      { kind: 'refund', amount: -SMALL, balanceAfter: 0, key: `refund:${chargeId}` },
    ])
    const { rows } = await sqlDatabase(bot.payload).execute<{ stars: number }>(
      sql`select (payload->>'stars')::float8 as stars from outbox
           where topic = 'credits.stars_refunded' and (payload->>'client')::int = ${client.id}`,
    )
    expect(rows).toEqual([{ stars: 50 }])

    const twice = await refund(purchase.id)
    expect(twice.status).toBe(409)
    expect(await errorOf(twice)).toBe('This purchase was already refunded')
    expect(await entriesOf(purchase.id)).toHaveLength(2)
  })

  it('asked twice at the same moment is done once', async () => {
    const { client, purchase } = await boughtSmall()
    const responses = await Promise.all([refund(purchase.id), refund(purchase.id)])
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409])
    expect(await entriesOf(purchase.id)).toHaveLength(2)
    expect((await walletOf(client.id)).balance).toBe(0)
  })

  it('is refused with the reason when the balance no longer holds the credits', async () => {
    const { client, chargeId, purchase } = await boughtSmall()
    await bot.payload.create({
      collection: 'ledger-entries',
      data: {
        client: client.id,
        kind: 'take',
        amount: -10,
        reason: 'spent on messages',
        key: unique('t'),
      },
    })
    const response = await refund(purchase.id)
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toBe(
      `The purchase gave ${SMALL} credits and the client's balance holds ${SMALL - 10}: credits already spent cannot be taken back`,
    )
    expect(bot.telegram.starsRefunded(chargeId)).toBe(false)
    expect((await purchaseOf(chargeId))[0].status).toBe('succeeded')
    expect((await walletOf(client.id)).balance).toBe(SMALL - 10)
  })

  it('takes nothing back when Telegram refuses it', async () => {
    const { client, chargeId, purchase } = await boughtSmall()
    bot.telegram.failNext('refundStarPayment', {
      status: 400,
      description: 'Bad Request: CHARGE_NOT_FOUND',
    })
    const response = await refund(purchase.id)
    expect(response.status).toBe(409)
    expect(await errorOf(response)).toBe(
      'Telegram refused the refund (Bad Request: CHARGE_NOT_FOUND); nothing was changed',
    )
    expect((await purchaseOf(chargeId))[0].status).toBe('succeeded')
    expect((await walletOf(client.id)).balance).toBe(SMALL)
    expect(await entriesOf(purchase.id)).toHaveLength(1)
    // Telegram answering again, the same refund goes through.
    expect((await refund(purchase.id)).status).toBe(200)
    expect((await walletOf(client.id)).balance).toBe(0)
  })

  it('finishes when Telegram returned the Stars already (an earlier attempt rolled back after Telegram accepted)', async () => {
    const { chatId, client, chargeId, purchase } = await boughtSmall()
    await new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }).refundStarPayment(chatId, chargeId)
    const response = await refund(purchase.id)
    expect(response.status).toBe(200)
    expect((await purchaseOf(chargeId))[0].status).toBe('refunded')
    expect((await walletOf(client.id)).balance).toBe(0)
    expect(await entriesOf(purchase.id)).toMatchObject([
      { kind: 'purchase', amount: SMALL },
      { kind: 'refund', amount: -SMALL, key: `refund:${chargeId}` },
    ])
  })

  it('takes nothing back when Telegram does not answer, and does not wait for it long', async () => {
    const { client, chargeId, purchase } = await boughtSmall()
    bot.telegram.failNext('refundStarPayment', { status: 'hang' })
    const response = await refund(purchase.id)
    expect(response.status).toBe(502)
    expect(await errorOf(response)).toBe('Telegram did not answer; nothing was changed, try again')
    expect((await purchaseOf(chargeId))[0].status).toBe('succeeded')
    expect((await walletOf(client.id)).balance).toBe(SMALL)
    expect(await entriesOf(purchase.id)).toHaveLength(1)
    // Nothing was left locked or half done: asked again, the refund goes through.
    expect((await refund(purchase.id)).status).toBe(200)
  }, 30_000)

  it('moves a pass back by its hours and takes back a premium unlock', async () => {
    const { chatId, client } = await newClient()
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:pass:${day.id}`))
    await bot.payStars(chatId, lastInvoice(chatId))
    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:pass:${day.id}`))
    const pass = await bot.payStars(chatId, lastInvoice(chatId))
    const before = new Date((await walletOf(client.id)).passUntil!).getTime()
    const [passPurchase] = await purchaseOf(pass.chargeId!)
    expect((await refund(passPurchase.id)).status).toBe(200)
    const after = new Date((await walletOf(client.id)).passUntil!).getTime()
    expect(before - after).toBe(24 * 3_600_000)

    await bot.converse(chatId, callbackUpdate(chatId, `stars:v1:premium:${guide.id}`))
    const premium = await bot.payStars(chatId, lastInvoice(chatId))
    const [premiumPurchase] = await purchaseOf(premium.chargeId!)
    expect((await refund(premiumPurchase.id)).status).toBe(200)
    const unlocks = await bot.payload.find({
      collection: 'unlocks',
      where: { client: { equals: client.id } },
    })
    expect(unlocks.totalDocs).toBe(0)
  })

  it('of a purchase recorded without our note (by hand, by the demo seed) takes back its ledger credits', async () => {
    const { chatId, client } = await newClient()
    const chargeId = bot.telegram.starsCharge(chatId, 40)
    const purchase = await bot.payload.create({
      collection: 'transactions',
      data: {
        client: client.id,
        provider: 'telegram_stars',
        kind: 'credit_purchase',
        status: 'succeeded',
        amount: 40,
        currency: 'XTR',
        externalId: chargeId,
      },
    })
    await bot.payload.create({
      collection: 'ledger-entries',
      data: {
        client: client.id,
        kind: 'purchase',
        source: 'telegram_stars',
        amount: 30,
        reason: 'Demo',
        key: `stars:${chargeId}`,
        transaction: purchase.id,
      },
    })
    expect((await refund(purchase.id)).status).toBe(200)
    expect(bot.telegram.starsRefunded(chargeId)).toBe(true)
    expect((await walletOf(client.id)).balance).toBe(0)
  })

  it('is for managers only, and answers an unknown id or another kind of payment clearly', async () => {
    const { purchase } = await boughtSmall()
    expect((await refund(purchase.id, auth.accountant)).status).toBe(403)
    expect((await refund(purchase.id, {})).status).toBe(401)
    const unknown = await refund(999_999_999)
    expect(unknown.status).toBe(404)
    expect(await errorOf(unknown)).toBe('There is no transaction #999999999')
    expect((await refund('abc')).status).toBe(404)
    const { client } = await newClient()
    const cash = await bot.payload.create({
      collection: 'transactions',
      data: {
        client: client.id,
        provider: 'cash',
        kind: 'payment',
        amount: 100_00,
        currency: 'UZS',
        status: 'succeeded',
        externalId: unique('cash-'),
      },
    })
    const notStars = await refund(cash.id)
    expect(notStars.status).toBe(400)
    expect(await errorOf(notStars)).toBe(
      'This is not a Telegram Stars purchase: it is not refunded here',
    )
    expect((await purchaseOf(purchase.externalId!))[0].status).toBe('succeeded')
  })
})

describe('payment service messages in a paid support desk', () => {
  it('are neither forwarded to support, charged nor answered', async () => {
    const { chatId, client, chargeId } = await boughtSmall()
    const settings = await bot.payload.findGlobal({ slug: 'settings' })
    const { supportGroupId, paidSupport, costOther } = settings
    await bot.payload.updateGlobal({
      slug: 'settings',
      data: { supportGroupId: -1_007_300_001, paidSupport: true, costOther: 2 },
    })
    try {
      const invoice = lastInvoice(chatId)
      const refunded = refundedPaymentUpdate(chatId, { ...invoice, chargeId })
      // A payment in a card currency is not the Stars checkout's: it passes it by, as a service message.
      const byCard = successfulPaymentUpdate(chatId, {
        ...invoice,
        currency: 'USD',
        chargeId: unique('card-'),
      })
      const said = bot.telegram.sent(chatId).length
      await bot.converse(chatId, refunded, byCard)
      // Nor answered with the help: they are Telegram's notices, not a person asking.
      expect(bot.telegram.sent(chatId).slice(said)).toEqual([])
    } finally {
      await bot.payload.updateGlobal({
        slug: 'settings',
        data: { supportGroupId, paidSupport, costOther },
      })
    }
    // Nothing opened a conversation, so nothing was stored or queued for the support group.
    const conversations = await bot.payload.find({
      collection: 'conversations',
      where: { client: { equals: client.id } },
      depth: 0,
    })
    expect(conversations.totalDocs).toBe(0)
    const entries = await bot.payload.find({
      collection: 'ledger-entries',
      where: { client: { equals: client.id } },
      depth: 0,
    })
    expect(entries.docs.map((entry) => entry.kind)).toEqual(['purchase'])
    expect((await walletOf(client.id)).balance).toBe(SMALL)
  })
})
