type Env = Record<string, string | undefined>

/** How long a `PAYLOAD_SECRET` must be at least: 32 characters, as `openssl rand -hex 32` gives 64. */
export const MIN_SECRET_LENGTH = 32
// A secret with fewer distinct characters than this is a pattern ('aaaa…', '1212…'), not random.
const MIN_DISTINCT_CHARACTERS = 10
// Values copied from examples and tutorials that an attacker would try first.
const PLACEHOLDER =
  /change[-_ ]?me|replace[-_ ]?me|your[-_ ]?secret|placeholder|example|not[-_ ]for[-_ ]production|^(secret|password|payload[-_ ]?secret)$/i

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** Why a secret would not do, or nothing when it will. */
export function secretWeakness(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH)
    return `too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH}: use \`openssl rand -hex 32\`)`
  if (PLACEHOLDER.test(secret)) return 'a placeholder; use `openssl rand -hex 32`'
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS)
    return 'a pattern, not random; use `openssl rand -hex 32`'
  return undefined
}

/**
 * The first reason the environment cannot run in production (`NODE_ENV=production`), as one line
 * starting with the variable's name; nothing when it can, or when not in production. Development
 * keeps needing no setup: an embedded database, a generated secret, plain http.
 */
export function productionProblem(env: Env): string | undefined {
  if (env.NODE_ENV !== 'production') return undefined
  const value = (name: string) => env[name]?.trim() ?? ''

  const secret = value('PAYLOAD_SECRET')
  if (!secret)
    return 'PAYLOAD_SECRET: required in production (sessions and tokens are signed with it); set 32+ random characters, e.g. `openssl rand -hex 32`'
  const weakness = secretWeakness(secret)
  if (weakness) return `PAYLOAD_SECRET: ${weakness}`

  // Production never starts the embedded PostgreSQL: its data would live inside the container.
  if (!value('DATABASE_URL'))
    return 'DATABASE_URL: required in production, e.g. postgres://tandir:…@db:5432/tandir'

  const publicUrl = value('PUBLIC_URL')
  if (!publicUrl) return 'PUBLIC_URL: required in production, e.g. https://orders.example.uz'
  if (!isHttps(publicUrl))
    return `PUBLIC_URL: must be an https:// address in production (Telegram and Stripe call only HTTPS), not ${publicUrl}`

  const webhookUrl = value('TELEGRAM_WEBHOOK_URL')
  if (webhookUrl && !isHttps(webhookUrl))
    return `TELEGRAM_WEBHOOK_URL: must be an https:// address (Telegram delivers only to HTTPS), not ${webhookUrl}`

  // Without the secret anyone who finds the webhook could post updates as any customer.
  if (value('TELEGRAM_BOT_TOKEN') && !value('TELEGRAM_WEBHOOK_SECRET'))
    return 'TELEGRAM_WEBHOOK_SECRET: required in production when TELEGRAM_BOT_TOKEN is set (the webhook accepts only updates that carry it); e.g. `openssl rand -hex 32`'

  return undefined
}
