import { setShopMenuButton } from '@commerce/bot/shopMenuButton'
import { Api } from 'grammy'

// Registers the webhook with Telegram, with the secret Telegram will send back on every update, and
// points the bot's menu button at the Mini App shop (PUBLIC_URL/miniapp, when PUBLIC_URL is https):
//   TELEGRAM_BOT_TOKEN=… TELEGRAM_WEBHOOK_SECRET=… TELEGRAM_WEBHOOK_URL=https://…/api/telegram/webhook npm run bot:webhook
const {
  TELEGRAM_BOT_TOKEN: token,
  TELEGRAM_WEBHOOK_SECRET: secret,
  TELEGRAM_WEBHOOK_URL: url,
} = process.env
if (!token || !secret || !url) {
  console.error(
    'Set TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET and TELEGRAM_WEBHOOK_URL (see .env.example).',
  )
  process.exit(1)
}
const api = new Api(token, { apiRoot: process.env.TELEGRAM_API_ROOT || 'https://api.telegram.org' })
await api.setWebhook(url, {
  secret_token: secret,
  allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
  drop_pending_updates: false,
})
const info = await api.getWebhookInfo()
console.log(`Webhook set: ${info.url} (pending updates: ${info.pending_update_count})`)
await setShopMenuButton(api, process.env.PUBLIC_URL, console)
