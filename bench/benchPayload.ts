import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { TEST_BOT_TOKEN } from '../tests/support/initData'

/**
 * A benchmark's own embedded PostgreSQL and migrated Payload, with the bot configured (webhook
 * mode, a dead API root) but nothing running in the background: no scheduler, no dispatcher.
 */
export async function benchPayload() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-'))
  const db = await startEmbeddedPostgres({ dataDir, persistent: false })
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret',
    TANDIR_SCHEDULER: 'off',
    TANDIR_OUTBOX_DISPATCHER: 'off',
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    // A webhook address: the bench's server does not poll Telegram.
    TELEGRAM_WEBHOOK_URL: 'https://bench.tandir.test/api/telegram/webhook',
    TELEGRAM_WEBHOOK_SECRET: 'bench-secret-token',
    TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  payload.logger.level = 'warn'
  await payload.db.migrate()
  return { db, dataDir, payload }
}
