/**
 * An app server as Telegram sees it: Payload with the commerce plugin on `DATABASE_URL`, its
 * outbox dispatcher sending to `TELEGRAM_API_ROOT`, and nothing else (no HTTP listener, no
 * scheduler). Two of these on one database are two servers sharing one bot. Prints `READY`;
 * SIGTERM stops it as a server stops.
 *   node --import tsx tests/support/telegramServerProcess.ts
 */
import { closePayload } from '@/db/closePayload'

process.env.TANDIR_SCHEDULER = 'off'
// A webhook address keeps it from polling: updates are not what it is here for.
process.env.TELEGRAM_WEBHOOK_URL ??= 'https://tandir.test/api/telegram/webhook'
process.env.TELEGRAM_WEBHOOK_SECRET ??= 'telegram-server-process'
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
console.log('READY')
process.on('SIGTERM', () => void closePayload(payload).then(() => process.exit(0)))
