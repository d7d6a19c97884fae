import type { BotContext } from '@commerce/bot/context'
import { sql } from '@payloadcms/db-postgres'
import { Composer } from 'grammy'
import { passActive, passHoursLeft, progressBar } from '@/domain/credits'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { passEndText } from './passEnd'

interface Standing {
  balance: number
  passUntil: string | null
  paid: boolean | null
  text: number
  photo: number
  voice: number
  other: number
  timeZone: string | null
  /** The largest package on sale with its bonus: a full bar. */
  full: number | null
}

export const balanceCommand = new Composer<BotContext>()

/**
 * `/balance`: the client's credits as a bar against the largest package, their pass and the
 * hours left of it, what a message costs in a paid desk, and how to buy. One read.
 */
balanceCommand.command('balance', async (ctx) => {
  if (!ctx.client) return ctx.reply(ctx.t('wallet-register-first'))
  const { rows } = await sqlDatabase(ctx.payload).execute<Standing>(sql`
    select coalesce(w.balance, 0)::float8 as balance, w.pass_until as "passUntil",
           s.paid_support as paid, s.cost_text::float8 as text, s.cost_photo::float8 as photo,
           s.cost_voice::float8 as voice, s.cost_other::float8 as other, s.timezone as "timeZone",
           (select max(p.credits + coalesce(p.bonus, 0))::float8 from credit_packages p
             where p.active is not false) as full
      from (select ${ctx.client.id}::int as id) c
      left join wallets w on w.client_id = c.id left join settings s on true limit 1`)
  const standing = rows[0]
  const balance = standing?.balance ?? 0
  const now = new Date()
  // Numbers as written: Fluent would print 1000 credits as "1,000".
  const lines = [
    ctx.t('wallet-title', { balance: String(balance) }),
    progressBar(balance, standing?.full ?? 0),
    standing?.passUntil && passActive(standing.passUntil, now)
      ? ctx.t('wallet-pass', {
          hours: String(passHoursLeft(standing.passUntil, now)),
          until: passEndText(standing.passUntil, standing.timeZone),
        })
      : ctx.t('wallet-no-pass'),
  ]
  if (standing?.paid)
    lines.push(
      ctx.t('wallet-costs', {
        text: String(standing.text),
        photo: String(standing.photo),
        voice: String(standing.voice),
        other: String(standing.other),
      }),
    )
  lines.push('', ctx.t('wallet-buy'))
  await ctx.reply(lines.join('\n'))
})
