/**
 * How many connections the server keeps to PostgreSQL at most: `DATABASE_POOL_MAX`, else 20.
 * Telegram sends up to 40 updates at once and an order holds a connection for its whole
 * transaction: with node-postgres' default of 10, a burst of orders kept every other update waiting.
 */
export function poolSize(value = process.env.DATABASE_POOL_MAX): number {
  if (value === undefined || value.trim() === '') return 20
  const size = Number(value)
  // Payload's adapter keeps one connection for itself and the bot's poller holds another.
  if (!Number.isInteger(size) || size < 3)
    throw new Error(
      `DATABASE_POOL_MAX must be a whole number of connections, at least 3; it is "${value}"`,
    )
  return size
}
