/**
 * The credits' spend under load, through the very door the support inbox charges a message by
 * (`chargeMessage` in the core, the credits feature's `spendOnMessage`: one statement), on the
 * bench's own embedded PostgreSQL:
 *
 * a) `--race` concurrent spends of 1 credit against one wallet holding half as many: exactly
 *    half succeed, the balance ends at 0, and its ledger sums to the balance. Exits non-zero if not.
 * b) `--spends` spends over `--wallets` wallets, `--concurrency` at a time: our path against a bare
 *    conditional `UPDATE wallets SET balance = balance - n WHERE client_id = … AND balance >= n`
 *    of the same spends, in the same run, the sides taking turns to go first; the ratio of each run
 *    and their median (target ≤ 2×). A third side, that UPDATE with an INSERT of its ledger row in
 *    one statement, is the least a ledger can write: what our door adds beyond it.
 * c) A client's support message through the inbox (`receiveFromClient`) with paid mode off and
 *    on, at `--rate` messages a second and at saturation (`--concurrency` at once): p50/p95 of
 *    each and the ratio (target ≤ 1.2×).
 *
 * Speed targets are printed (met, or OVER TARGET); a wrong count or balance exits non-zero.
 *
 *   npm run bench:credits -- --race 1000 --spends 10000 --wallets 1000 --concurrency 50 --runs 6
 */
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import type { Message } from 'grammy/types'
import { createLocalReq, type Payload } from 'payload'
import { closePayload } from '@/db/closePayload'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'
import { benchPayload } from './benchPayload'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    race: { type: 'string', default: '1000' },
    spends: { type: 'string', default: '10000' },
    wallets: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '50' },
    runs: { type: 'string', default: '6' },
    rate: { type: 'string', default: '20' },
    /** Messages of each mode at the rate, per round (two rounds, each mode first once). */
    paced: { type: 'string', default: '200' },
    /** Messages of each mode at saturation, per round. */
    saturated: { type: 'string', default: '1000' },
    /** How many messages are in flight at once at saturation. */
    inflight: { type: 'string', default: '20' },
  },
})
const RACE = Number(values.race)
const SPENDS = Number(values.spends)
const WALLETS = Number(values.wallets)
const CONCURRENCY = Number(values.concurrency)
const RUNS = Number(values.runs)
const RATE = Number(values.rate)
const PACED = Number(values.paced)
const SATURATED = Number(values.saturated)
const INFLIGHT = Number(values.inflight)
/** The bench's clients' Telegram ids start here (the bench has a database of its own). */
const FIRST_TELEGRAM_ID = 8_800_000
/** What each message kind costs: the spends cycle through them. */
const COSTS = { costText: 1, costPhoto: 2, costVoice: 3, costOther: 2 }
const KINDS = [
  ['text', 1],
  ['photo', 2],
  ['voice', 3],
] as const

const { db, payload } = await benchPayload()
const { sqlDatabase } = await import('@/shared/db/sqlDatabase')
const { chargeMessage } = await import('@commerce/messageCharge')
const { receiveFromClient } = await import('@commerce/features/support/inbox')
const pool = sqlDatabase(payload)
let failed = false

await payload.updateGlobal({
  slug: 'settings',
  data: { paidSupport: true, lowBalanceThreshold: 5, ...COSTS },
})

let nextTelegramId = FIRST_TELEGRAM_ID

/** `count` clients with wallets holding `balance` each, the balance given by one ledger entry. */
async function makeWallets(count: number, balance: number, label: string): Promise<number[]> {
  const { rows } = await pool.execute<{ id: number }>(sql`
    insert into clients (name, telegram_id, language, status, updated_at, created_at)
    select ${label} || ' ' || n, ${nextTelegramId}::int + n, 'en', 'active', now(), now()
      from generate_series(1, ${count}::int) n
    returning id`)
  nextTelegramId += count
  const ids = rows.map((row) => row.id)
  await pool.execute(sql`
    with w as (
      insert into wallets (client_id, balance, auto_recharge_failures, updated_at, created_at)
      select unnest(${sql.param(ids)}::int[]), ${balance}::int, 0, now(), now()
      returning id, client_id, balance)
    insert into ledger_entries (client_id, wallet_id, kind, amount, balance_after, source, reason, key, updated_at, created_at)
    select client_id, id, 'grant', balance, balance, 'system', 'bench', 'bench:grant:' || client_id, now(), now() from w`)
  return ids
}

// A request without a transaction: the door needs only its Payload, and making one per spend would
// time Payload's request setup along with the spend.
const spendingReq = await createLocalReq({}, payload)

/**
 * One spend through the charge door, on its own: one statement, atomic without a transaction
 * around it (in the support inbox it joins the message's transaction, measured in c).
 */
async function spendOurs(client: number, kind: string, key: string): Promise<boolean> {
  const charge = await chargeMessage(spendingReq, { client, kind, key })
  return charge.paid && charge.cost > 0
}

/** The same spend as the bare conditional update, on the pool or in a transaction. */
async function spendBare(db: SqlExecutor, client: number, cost: number): Promise<boolean> {
  const { rows } = await db.execute(sql`
    update wallets set balance = balance - ${cost}::int
     where client_id = ${client} and balance >= ${cost}::int returning id`)
  return rows.length === 1
}

/** The bare update with the least a ledger needs: its entry written in the same statement. */
async function spendBareWithEntry(client: number, cost: number, key: string): Promise<boolean> {
  const { rows } = await pool.execute(sql`
    with w as (
      update wallets set balance = balance - ${cost}::int
       where client_id = ${client} and balance >= ${cost}::int returning id, balance)
    insert into ledger_entries (client_id, wallet_id, kind, amount, balance_after, key, updated_at, created_at)
    select ${client}, id, 'spend', ${-cost}::int, balance, ${key}, now(), now() from w returning id`)
  return rows.length === 1
}

/** Runs `jobs` with at most `width` in flight; returns the wall time in ms. */
async function inFlight<T>(jobs: (() => Promise<T>)[], width: number): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(width, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]()
    }),
  )
  return performance.now() - started
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
/** A speed target: printed, never failing the run (the machine's noise is not a wrong answer). */
const target = (ok: boolean) => (ok ? 'met' : 'OVER TARGET')
/** A correctness check: failing it makes the bench exit non-zero. */
const check = (ok: boolean) => {
  if (!ok) failed = true
  return ok ? 'ok' : 'FAILED'
}

// a) The race: every spend started at once against one wallet.
{
  const held = Math.floor(RACE / 2)
  const [client] = await makeWallets(1, held, 'Race')
  const outcomes = await Promise.all(
    Array.from({ length: RACE }, (_, i) => spendOurs(client, 'text', `bench:race:${i}`)),
  )
  const succeeded = outcomes.filter(Boolean).length
  const { rows } = await pool.execute<{ balance: number; ledger: number; spends: number }>(sql`
    select w.balance::float8 as balance,
           (select coalesce(sum(amount), 0)::float8 from ledger_entries l where l.client_id = w.client_id) as ledger,
           (select count(*)::int from ledger_entries l where l.client_id = w.client_id and l.kind = 'spend') as spends
      from wallets w where w.client_id = ${client}`)
  const { balance, ledger, spends } = rows[0]
  console.log(
    [
      `a) ${RACE} concurrent spends of 1 credit against one wallet holding ${held}`,
      `   succeeded ${succeeded} (expected ${held}): ${check(succeeded === held)}; refused ${RACE - succeeded}`,
      `   balance ${balance} (expected 0): ${check(balance === 0)}`,
      `   ledger sums to ${ledger}, ${spends} spend entries (expected the balance, ${held}): ${check(ledger === balance && spends === held)}`,
    ].join('\n'),
  )
}

// b) Throughput: the same spends through our path and the bare update, taking turns.
{
  // Enough for every run on every side: each wallet pays its share (at most 3 a spend) 3 × RUNS times.
  const perWallet = Math.ceil(SPENDS / WALLETS) * 3 * 3 * (RUNS + 1)
  const clients = await makeWallets(WALLETS, perWallet, 'Spender')
  const spends = Array.from({ length: SPENDS }, (_, i) => ({
    client: clients[i % WALLETS],
    kind: KINDS[i % KINDS.length][0],
    cost: KINDS[i % KINDS.length][1],
  }))
  type Side = 'ours' | 'bare' | 'bareWithEntry'
  const sides: Record<Side, (run: string) => Promise<{ ms: number; done: number }>> = {
    ours: async (run) => {
      let done = 0
      const ms = await inFlight(
        spends.map((s, i) => async () => {
          if (await spendOurs(s.client, s.kind, `bench:${run}:${i}`)) done++
        }),
        CONCURRENCY,
      )
      return { ms, done }
    },
    bare: async () => {
      let done = 0
      const ms = await inFlight(
        spends.map((s) => async () => {
          if (await spendBare(pool, s.client, s.cost)) done++
        }),
        CONCURRENCY,
      )
      return { ms, done }
    },
    bareWithEntry: async (run) => {
      let done = 0
      const ms = await inFlight(
        spends.map((s, i) => async () => {
          if (await spendBareWithEntry(s.client, s.cost, `bare:${run}:${i}`)) done++
        }),
        CONCURRENCY,
      )
      return { ms, done }
    },
  }
  const order: Side[] = ['ours', 'bare', 'bareWithEntry']
  // Warm every side (connections, plans) outside the timings.
  for (const side of order) await sides[side]('warm')
  console.log(
    [
      `b) ${SPENDS} spends over ${WALLETS} wallets, ${CONCURRENCY} at a time, ${RUNS} runs, each side first in turn:`,
      '   ours: chargeMessage, one statement (price, pass, conditional update and its ledger entry)',
      '   bare: the conditional UPDATE alone, autocommit on the same pool',
      '   bare with its entry: that UPDATE and an INSERT of its ledger row in one statement, the least a ledger writes',
    ].join('\n'),
  )
  const ratios: number[] = []
  const overEntry: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const turn = [...order.slice(run % 3), ...order.slice(0, run % 3)]
    const times = {} as Record<Side, number>
    for (const side of turn) {
      const { ms, done } = await sides[side](`run${run}`)
      times[side] = ms
      if (done !== SPENDS) {
        check(false)
        console.log(`   ${side}: only ${done} of ${SPENDS} spends went through: FAILED`)
      }
    }
    ratios.push(times.ours / times.bare)
    overEntry.push(times.ours / times.bareWithEntry)
    const rate = (ms: number) => `${ms.toFixed(0)} ms (${((SPENDS / ms) * 1000).toFixed(0)}/s)`
    console.log(
      `   run ${run + 1} (${turn.join(', ')}): ours ${rate(times.ours)}, bare ${rate(times.bare)}, bare with its entry ${rate(times.bareWithEntry)}; ours ÷ bare ${ratios[run].toFixed(2)}×, ours ÷ bare with its entry ${overEntry[run].toFixed(2)}×`,
    )
  }
  const m = median(ratios)
  console.log(
    `   median ours ÷ bare ${m.toFixed(2)}× (target ≤ 2×: ${target(m <= 2)}); median ours ÷ bare with its entry ${median(overEntry).toFixed(2)}×`,
  )
}

await supportMessages(payload, pool)

// c) A support message with paid mode off and on, through the inbox.
async function supportMessages(payload: Payload, pool: SqlExecutor) {
  const CLIENTS = 200
  const clients = await makeWallets(CLIENTS, 1_000_000, 'Writer')
  const telegramOf = new Map<number, number>()
  const { rows } = await pool.execute<{ id: number; telegram: number }>(sql`
    select id, telegram_id::float8 as telegram from clients where id = any(${sql.param(clients)}::int[])`)
  for (const row of rows) telegramOf.set(row.id, row.telegram)
  let messageId = 1
  let next = 0
  const message = (): { client: { id: number }; message: Message } => {
    const client = clients[next++ % CLIENTS]
    const chat = telegramOf.get(client)!
    return {
      client: { id: client },
      message: {
        message_id: messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chat, type: 'private', first_name: 'Bench' },
        from: { id: chat, is_bot: false, first_name: 'Bench' },
        text: `Hello ${messageId}`,
      } as Message,
    }
  }
  const receive = async () => {
    const { client, message: m } = message()
    const started = performance.now()
    await receiveFromClient(payload, client, m)
    return performance.now() - started
  }
  const setPaid = (paid: boolean) =>
    payload.updateGlobal({ slug: 'settings', data: { paidSupport: paid } })
  const spentSoFar = async () =>
    (
      await pool.execute<{ n: number }>(
        sql`select count(*)::int as n from ledger_entries where kind = 'spend' and source = 'support' and key not like 'bench:%'`,
      )
    ).rows[0].n

  /** Messages sent at `rate` a second whatever the answers' pace; each one's latency. */
  const paced = async (count: number) => {
    const latencies: number[] = []
    const started = performance.now()
    const pending: Promise<void>[] = []
    for (let i = 0; i < count; i++) {
      const due = (i * 1000) / RATE
      const wait = due - (performance.now() - started)
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      pending.push(receive().then((ms) => void latencies.push(ms)))
    }
    await Promise.all(pending)
    return latencies
  }
  /** `INFLIGHT` messages at once, each sent as the one before it is stored: latencies and the rate reached. */
  const saturated = async (count: number) => {
    const latencies: number[] = []
    const wall = await inFlight(
      Array.from({ length: count }, () => async () => void latencies.push(await receive())),
      INFLIGHT,
    )
    return { latencies, perSecond: (count / wall) * 1000 }
  }

  // Warm-up in both modes.
  for (const paid of [false, true]) {
    await setPaid(paid)
    await saturated(200)
  }
  const before = await spentSoFar()
  await setPaid(true)
  await saturated(10)
  const wired = (await spentSoFar()) > before
  console.log(
    `c) a client's support message through the support inbox (receiveFromClient), paid mode off and on, ${CLIENTS} clients` +
      (wired
        ? ''
        : '\n   NOTE: paid mode charges nothing in receiveFromClient yet: both sides are free'),
  )

  const figures = async (
    label: string,
    measure: () => Promise<{ latencies: number[]; perSecond?: number }>,
  ) => {
    const free: number[] = []
    const paid: number[] = []
    const rates = { free: [] as number[], paid: [] as number[] }
    for (const paidFirst of [false, true]) {
      for (const mode of paidFirst ? [true, false] : [false, true]) {
        await setPaid(mode)
        const { latencies, perSecond } = await measure()
        ;(mode ? paid : free).push(...latencies)
        if (perSecond) rates[mode ? 'paid' : 'free'].push(perSecond)
      }
    }
    const line = (name: string, xs: number[], perSecond: number[]) =>
      `${name} p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms` +
      (perSecond.length ? `, ${median(perSecond).toFixed(0)} messages/s` : '')
    const ratio50 = percentile(paid, 50) / percentile(free, 50)
    const ratio95 = percentile(paid, 95) / percentile(free, 95)
    console.log(
      [
        `   ${label}:`,
        `     ${line('free', free, rates.free)}`,
        `     ${line('paid', paid, rates.paid)}`,
        `     ratio p50 ${ratio50.toFixed(2)}×, p95 ${ratio95.toFixed(2)}× (target ≤ 1.2×: ${target(ratio50 <= 1.2)})`,
      ].join('\n'),
    )
  }
  await figures(`at ${RATE} messages/s (${PACED} of each mode, twice)`, async () => ({
    latencies: await paced(PACED),
  }))
  await figures(`at saturation (${INFLIGHT} in flight, ${SATURATED} of each mode, twice)`, () =>
    saturated(SATURATED),
  )
  await setPaid(false)
}

// The pool's idle connections are cut when the database stops: expected, not worth a log.
payload.logger.level = 'fatal'
await closePayload(payload)
await stopDatabase(db)
process.exit(failed ? 1 : 0)
