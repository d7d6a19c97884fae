import { type DestinationStream, destination, type Logger, levels, pino } from 'pino'
import { currentRequestId } from './requestId'

type Env = Record<string, string | undefined>

/**
 * Payload's logger in production: one JSON object per line on stdout (for the log collector),
 * each line written while serving a request carrying its `requestId`, written at once (a crash
 * loses no line). Elsewhere `undefined`, so
 * Payload keeps its pretty, human log. `LOG_LEVEL` (default `info`) sets the threshold.
 */
export function productionLogger(env: Env = process.env): Logger | undefined {
  if (env.NODE_ENV !== 'production') return undefined
  const level = env.LOG_LEVEL?.trim() || 'info'
  if (!(level in levels.values) && level !== 'silent')
    throw new Error(
      `LOG_LEVEL: one of ${Object.keys(levels.values).join(', ')} or silent, not ${level}`,
    )
  return jsonLogger(destination({ dest: 1, sync: true }), level)
}

/** The JSON logger writing to `stream`; tests hand it a stream they read. */
export function jsonLogger(stream: DestinationStream, level = 'info'): Logger {
  return pino(
    {
      name: 'payload',
      level,
      enabled: process.env.DISABLE_LOGGING !== 'true',
      // ISO time rather than epoch milliseconds: readable in `docker compose logs` as it is.
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId()
        return requestId ? { requestId } : {}
      },
    },
    stream,
  )
}
