import type { BotContext } from '@commerce/bot/context'
import { languageFromTelegram } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import { supportTopicOf } from '@commerce/bot/supportTopic'
import { Composer } from 'grammy'
import { createLocalReq, getLocalI18n, ValidationError } from 'payload'
import { parseCreditsCommand } from '@/domain/credits'
import { mayChange } from '@/shared/access/roles'

/** The client whose support topic a message was written in, if it was written in one. */
async function clientOfTopic(ctx: BotContext): Promise<{ id: number; name: string } | null> {
  const topic = ctx.message && (await supportTopicOf(ctx.payload, ctx.message))
  if (!topic) return null
  const client = await ctx.payload.findByID({
    collection: 'clients',
    id: topic.client,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return client && { id: client.id, name: client.name }
}

/**
 * `/credits +20 reason` or `/credits -5 reason` in a client's support topic: an entry in the
 * ledger as the staff member who wrote it, so the collection's own rules apply (managers and
 * admins only, a reason, never below zero) and its message is the reply when it refuses.
 */
export const creditsCommand = new Composer<BotContext>()

creditsCommand.command('credits', async (ctx) => {
  const t = staffTexts(ctx)
  if (!mayChange(ctx.staff)) return ctx.reply(t('wallet-staff-not-allowed'))
  const parsed = parseCreditsCommand(ctx.match)
  if ('error' in parsed)
    return ctx.reply(parsed.error === 'reason' ? t('wallet-staff-reason') : t('wallet-staff-usage'))
  const client = await clientOfTopic(ctx)
  if (!client)
    return ctx.reply(
      ctx.message?.is_topic_message ? t('wallet-staff-no-client') : t('wallet-staff-usage'),
    )
  // The ledger's refusals come in the staff member's language.
  const language = languageFromTelegram(ctx.from?.language_code) as Parameters<
    typeof getLocalI18n
  >[0]['language']
  const req = await createLocalReq(
    {
      user: ctx.staff,
      req: { i18n: await getLocalI18n({ config: ctx.payload.config, language }) },
    },
    ctx.payload,
  )
  try {
    const entry = await ctx.payload.create({
      collection: 'ledger-entries',
      // The kind follows the sign (`applyEntry`), whatever is given here.
      data: {
        client: client.id,
        kind: parsed.amount > 0 ? 'grant' : 'take',
        amount: parsed.amount,
        reason: parsed.reason,
      },
      user: ctx.staff,
      overrideAccess: false,
      req,
    })
    const values = {
      client: client.name,
      amount: String(parsed.amount),
      balance: String(entry.balanceAfter ?? 0),
    }
    return ctx.reply(
      parsed.amount > 0 ? t('wallet-staff-granted', values) : t('wallet-staff-taken', values),
    )
  } catch (error) {
    if (error instanceof ValidationError) return ctx.reply(error.message)
    throw error
  }
})

/** Anyone else who writes `/credits` (a stranger in the group, a client) is told who may. */
export const creditsRefused = new Composer<BotContext>()

creditsRefused.command('credits', (ctx) => ctx.reply(staffTexts(ctx)('wallet-staff-not-allowed')))
