import type { BotContext } from '@commerce/bot/context'
import { languageFromTelegram, type Translate } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer } from 'grammy'
import { parseStatsDay, roundedDuration } from '@/domain/deskCommands'
import { formatMoney } from '@/domain/money'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { todayIn } from '@/shared/todayIn'
import { staffMay } from './deskAccess'
import { loadDeskStats } from './loadDeskStats'

export const statsCommand = new Composer<BotContext>()

/** `/stats [YYYY-MM-DD]`: orders, revenue and answers today and this month, and what is open now. */
statsCommand.command('stats', async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'stats')) return ctx.reply(t('staff-not-allowed'))
  const day = parseStatsDay(ctx.match, await todayIn(ctx.payload))
  if (!day) return ctx.reply(t('desk-usage-stats'))
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  const stats = await loadDeskStats(
    sqlDatabase(ctx.payload),
    day,
    settings.timezone || 'Asia/Tashkent',
  )
  const language = languageFromTelegram(ctx.from?.language_code)
  const response = (ms: number | null) =>
    ms === null ? t('desk-stats-no-answers') : duration(ms, t)
  await ctx.reply(
    [
      t('desk-stats-title', { date: day }),
      t('desk-stats-today', {
        orders: stats.day.orders,
        revenue: formatMoney(stats.day.revenue, 'UZS', language),
      }),
      t('desk-stats-month', {
        from: stats.month.range.first,
        orders: stats.month.orders,
        revenue: formatMoney(stats.month.revenue, 'UZS', language),
      }),
      t('desk-stats-open', { count: stats.openConversations }),
      t('desk-stats-response', {
        today: response(stats.day.medianFirstResponseMs),
        month: response(stats.month.medianFirstResponseMs),
      }),
    ].join('\n'),
  )
})

function duration(ms: number, t: Translate): string {
  const rounded = roundedDuration(ms)
  if (rounded.unit === 'seconds') return t('desk-duration-seconds', { seconds: rounded.seconds })
  if (rounded.unit === 'minutes') return t('desk-duration-minutes', { minutes: rounded.minutes })
  return t('desk-duration-hours', { hours: rounded.hours, minutes: rounded.minutes })
}
