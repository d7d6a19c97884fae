import { fitMessage } from '@commerce/bot/fitMessage'
import { textsIn } from '@commerce/bot/i18n'
import { clientChat, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { passEndText } from './passEnd'

/** Below the threshold, once on the way down (`spendOnMessage` writes it when the balance crosses). */
const lowBalance: TopicRenderer = (row, context) => {
  const chat = clientChat(context, row.payload.client)
  if ('skip' in chat) return chat
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('wallet-low-balance', { balance: String(row.payload.balance) }),
  }
}

/** A pass ends within the hour (once per pass end: `warnEndingPasses`). */
const passEnding: TopicRenderer = async (row, context) => {
  const chat = clientChat(context, row.payload.client)
  if ('skip' in chat) return chat
  const until = row.payload.until
  if (typeof until !== 'string') return { skip: 'malformed row' }
  const settings = await context.settings()
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('wallet-pass-ending', {
      until: passEndText(until, settings.timezone),
    }),
  }
}

/** Staff gave the client credits, in the topic or in the admin. */
const granted: TopicRenderer = (row, context) => {
  const chat = clientChat(context, row.payload.client)
  if ('skip' in chat) return chat
  const { amount, balance, reason } = row.payload
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('wallet-granted', {
      amount: String(amount),
      balance: String(balance),
      reason: String(reason ?? ''),
    }),
  }
}

export interface Disagreement {
  client: number
  name: string | null
  balance: number
  sum: number
}

/** The nightly ledger check found wallets whose balance is not the sum of their entries. */
const ledgerMismatch: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const wallets = row.payload.wallets as Disagreement[] | undefined
  if (!Array.isArray(wallets)) return { skip: 'malformed row' }
  const t = textsIn(chat.settings.staffLanguage)
  const lines = [
    t('wallet-ledger-mismatch', { count: String(row.payload.count ?? wallets.length) }),
    ...wallets.map((wallet) =>
      t('wallet-ledger-mismatch-line', {
        client: wallet.name ?? '?',
        id: String(wallet.client),
        balance: String(wallet.balance),
        sum: String(wallet.sum),
      }),
    ),
  ]
  return { chatId: chat.chatId, text: fitMessage(lines.join('\n')) }
}

export const walletRenderers: Record<string, TopicRenderer> = {
  'credits.low_balance': lowBalance,
  'credits.pass_ending': passEnding,
  'credits.granted': granted,
  'credits.ledger_mismatch': ledgerMismatch,
}
