import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer } from 'grammy'
import { todayIn } from '@/shared/todayIn'
import { loadMorningReport } from './loadMorningReport'
import { morningReportText } from './morningReportText'

export const todayCommand = new Composer<BotContext>()

/** `/today`: the morning summary on demand. */
todayCommand.command('today', async (ctx) => {
  const report = await loadMorningReport(ctx.payload, await todayIn(ctx.payload))
  await ctx.reply(morningReportText(report, staffTexts(ctx)))
})
