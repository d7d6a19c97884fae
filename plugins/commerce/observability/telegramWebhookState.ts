import { Api } from 'grammy'
import type { CommerceOptions } from '../options'

export type WebhookState =
  /** No bot token: the bot is off, nothing to check. */
  | { mode: 'off' }
  /** No webhook address: this server long-polls. */
  | { mode: 'polling' }
  | { mode: 'webhook'; set: true; pendingUpdates: number }
  /** Telegram delivers elsewhere (or nowhere): `npm run bot:webhook` registers the address. */
  | { mode: 'webhook'; set: false; registered: string; lastError?: string }
  /** Telegram could not be asked: not our fault, so it does not make the server unready. */
  | { mode: 'webhook'; set: 'unknown'; error: string }

// Readiness is polled every few seconds (the image's health check, a proxy): a webhook found set
// is trusted for a minute and Telegram being unreachable for 10 s, so probes stay cheap and quick.
// A webhook found unset is asked again at the next probe: `npm run bot:webhook` shows at once.
const SET_FOR_MS = 60_000
const UNKNOWN_FOR_MS = 10_000
const TIMEOUT_SECONDS = 3

let cached: { until: number; url: string; state: Promise<WebhookState> } | undefined

/** Whether Telegram delivers updates to our webhook address, by `getWebhookInfo`, cached. */
export function telegramWebhookState(
  telegram: CommerceOptions['telegram'],
  now = Date.now(),
): Promise<WebhookState> {
  const { token, webhookUrl, apiRoot } = telegram
  if (!token) return Promise.resolve({ mode: 'off' })
  if (!webhookUrl) return Promise.resolve({ mode: 'polling' })
  if (cached && cached.url === webhookUrl && now < cached.until) return cached.state
  // Until it answers, probes arriving meanwhile share this one question.
  const entry = {
    until: Number.POSITIVE_INFINITY,
    url: webhookUrl,
    state: ask(token, webhookUrl, apiRoot),
  }
  cached = entry
  void entry.state.then((state) => {
    const keep =
      state.mode !== 'webhook'
        ? 0
        : state.set === true
          ? SET_FOR_MS
          : state.set === 'unknown'
            ? UNKNOWN_FOR_MS
            : 0
    entry.until = Date.now() + keep
  })
  return entry.state
}

async function ask(token: string, url: string, apiRoot: string): Promise<WebhookState> {
  try {
    const info = await new Api(token, { apiRoot, timeoutSeconds: TIMEOUT_SECONDS }).getWebhookInfo()
    if (info.url === url)
      return { mode: 'webhook', set: true, pendingUpdates: info.pending_update_count }
    return {
      mode: 'webhook',
      set: false,
      registered: info.url ?? '',
      ...(info.last_error_message ? { lastError: info.last_error_message } : {}),
    }
  } catch (error) {
    return { mode: 'webhook', set: 'unknown', error: (error as Error).message }
  }
}
