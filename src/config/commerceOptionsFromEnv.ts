import type { CommerceOptions, CommercePluginOptions } from '@commerce/options'
import { commerceOptionsSchema } from '@commerce/options'

type Env = Record<string, string | undefined>

/** A variable with a value the app cannot run with; its message names the variable. */
export class ConfigurationError extends Error {}

const flag = (value: string) => {
  if (/^(on|true|1|yes)$/i.test(value)) return true
  if (/^(off|false|0|no)$/i.test(value)) return false
  return value
}
const number = (value: string) => (/^\d+$/.test(value) ? Number(value) : value)
const json = (value: string) => {
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** Each variable the plugin is configured by, the option it sets, and how its text is read. */
const VARIABLES: [name: string, path: string[], read?: (value: string) => unknown][] = [
  ['TANDIR_COMMERCE_DISABLED', ['disabled'], flag],
  ['PUBLIC_URL', ['publicUrl']],
  ['TELEGRAM_BOT_TOKEN', ['telegram', 'token']],
  ['TELEGRAM_WEBHOOK_SECRET', ['telegram', 'webhookSecret']],
  ['TELEGRAM_WEBHOOK_URL', ['telegram', 'webhookUrl']],
  ['TELEGRAM_API_ROOT', ['telegram', 'apiRoot']],
  ['TELEGRAM_BOT_INFO', ['telegram', 'botInfo'], json],
  ['TANDIR_OUTBOX_DISPATCHER', ['telegram', 'dispatchOutbox'], flag],
  ['STRIPE_SECRET_KEY', ['stripe', 'secretKey']],
  ['STRIPE_WEBHOOK_SECRET', ['stripe', 'webhookSecret']],
  ['STRIPE_API_BASE', ['stripe', 'apiBase']],
  ['STRIPE_TIMEOUT_MS', ['stripe', 'timeoutMs'], number],
  ['STRIPE_RETURN_URL', ['stripe', 'returnUrl']],
  ['PAYME_KEY', ['payme', 'key']],
  ['PAYME_TEST_KEY', ['payme', 'testKey']],
  ['PAYME_TEST_MODE', ['payme', 'testMode'], flag],
  ['PAYME_MERCHANT_ID', ['payme', 'merchantId']],
  ['PAYME_CHECKOUT_URL', ['payme', 'checkoutUrl']],
  ['CLICK_SERVICE_ID', ['click', 'serviceId']],
  ['CLICK_MERCHANT_ID', ['click', 'merchantId']],
  ['CLICK_SECRET_KEY', ['click', 'secretKey']],
  ['COURIER_API_URL', ['courier', 'apiUrl']],
  ['COURIER_API_KEY', ['courier', 'apiKey']],
  ['COURIER_WEBHOOK_SECRET', ['courier', 'webhookSecret']],
  ['COURIER_TIMEOUT_MS', ['courier', 'timeoutMs'], number],
  ['TANDIR_SCHEDULER', ['runScheduler'], flag],
  ['TANDIR_AUDIT', ['audit', 'enabled'], flag],
  ['METRICS_TOKEN', ['metrics', 'token']],
  ['MINIAPP_AUTH_MAX_AGE', ['miniapp', 'authMaxAge'], number],
]

/**
 * The commerce plugin's options from the environment, read once at start. An empty variable is
 * unset; a bad value stops the start with one line naming the variable.
 */
export function commerceOptionsFromEnv(env: Env = process.env): CommerceOptions {
  const raw: Record<string, Record<string, unknown> | unknown> = {}
  for (const [name, path, read = (value: string) => value] of VARIABLES) {
    const value = env[name]?.trim()
    if (!value) continue
    if (path.length === 1) raw[path[0]] = read(value)
    else {
      raw[path[0]] ??= {}
      ;(raw[path[0]] as Record<string, unknown>)[path[1]] = read(value)
    }
  }
  const parsed = commerceOptionsSchema.safeParse(raw as CommercePluginOptions)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const variable = VARIABLES.find(([, path]) => path.join('.') === issue.path.slice(0, 2).join('.'))
  throw new ConfigurationError(`${variable?.[0] ?? issue.path.join('.')}: ${issue.message}`)
}
