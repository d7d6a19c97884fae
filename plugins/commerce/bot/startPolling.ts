import type { Payload } from 'payload'

import { onShutdown } from '@/shared/shutdown'
import { commerceOf } from '../feature'
import { createBot } from './createBot'

// Any fixed number: the PostgreSQL advisory lock that makes one process the poller.
const POLLER_LOCK = 4_207_001

interface PoolClient {
  query: (text: string, values?: unknown[]) => Promise<{ rows: { locked: boolean }[] }>
  release: () => void
}

/**
 * Local development without a public address: long polling instead of the webhook. Telegram
 * allows one poller per bot, so the process that holds the advisory lock polls and the others
 * leave it be; the lock goes with the connection if that process dies.
 */
export async function startPolling(payload: Payload, token: string): Promise<void> {
  const { apiRoot } = commerceOf(payload).options.telegram
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<PoolClient> } }).pool
  const connection = await pool.connect()
  const { rows } = await connection.query('select pg_try_advisory_lock($1) as locked', [
    POLLER_LOCK,
  ])
  if (!rows[0].locked) {
    connection.release()
    payload.logger.info(
      'Telegram bot: another process is polling; this one serves the webhook only',
    )
    return
  }
  const bot = createBot({ token, payload, apiRoot })
  // bot.start() removes any webhook first: Telegram delivers to one or the other.
  void bot.start({
    onStart: (me) => payload.logger.info(`Telegram bot @${me.username} is polling for updates`),
  })
  onShutdown(payload, async () => {
    await bot.stop()
    await connection.query('select pg_advisory_unlock($1)', [POLLER_LOCK]).catch(() => {})
    connection.release()
  })
}
