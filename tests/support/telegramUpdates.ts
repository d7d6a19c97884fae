/** Telegram updates as a client's phone would send them, for driving the webhook in tests. */
let nextUpdateId = 1

const user = (id: number) => ({ id, is_bot: false, first_name: 'Dilshod', username: `user${id}`, language_code: 'ru' })
const chat = (id: number) => ({ id, type: 'private' as const, first_name: 'Dilshod' })

function messageUpdate(userId: number, content: Record<string, unknown>) {
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextUpdateId, date: Math.floor(Date.now() / 1000), chat: chat(userId), from: user(userId), ...content },
  }
}

export function textUpdate(userId: number, text: string) {
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0].length }] : undefined
  return messageUpdate(userId, { text, entities })
}

export function contactUpdate(userId: number, phone: string) {
  return messageUpdate(userId, { contact: { phone_number: phone, first_name: 'Dilshod', user_id: userId } })
}

export function stickerUpdate(userId: number) {
  return messageUpdate(userId, {
    sticker: { file_id: 'x', file_unique_id: 'x', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
  })
}

export function callbackUpdate(userId: number, data: string) {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from: user(userId),
      chat_instance: 'c',
      data,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: chat(userId), text: 'old message' },
    },
  }
}
