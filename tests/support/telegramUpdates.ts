/** Telegram updates as a client's phone would send them, for driving the webhook in tests. */
// Update ids are unique per bot for good, and the test files share one database that remembers
// the ids it handled: each file counts from its own start time, message ids from 1.
let nextUpdateId = Date.now() * 1000
let nextMessageId = 1

/** Where an update comes from when it is not the user's private chat with the bot. */
export interface UpdateOptions {
  /** A group the user writes in (negative id); default the user's private chat. */
  chatId?: number
  /** The language of the user's Telegram app; default ru. */
  languageCode?: string
  /** For a button press: the message the button is under. */
  messageId?: number
  /** A message in this forum topic of the group. */
  threadId?: number
}

const user = (id: number, languageCode = 'ru') => ({
  id,
  is_bot: false,
  first_name: 'Dilshod',
  username: `user${id}`,
  language_code: languageCode,
})
const chat = (userId: number, chatId = userId) =>
  chatId < 0
    ? { id: chatId, type: 'supergroup' as const, title: 'Staff' }
    : { id: chatId, type: 'private' as const, first_name: 'Dilshod' }

function messageUpdate(
  userId: number,
  content: Record<string, unknown>,
  options: UpdateOptions = {},
) {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chat(userId, options.chatId),
      from: user(userId, options.languageCode),
      ...(options.threadId ? { message_thread_id: options.threadId, is_topic_message: true } : {}),
      ...content,
    },
  }
}

export function textUpdate(userId: number, text: string, options?: UpdateOptions) {
  const entities = text.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0].length }]
    : undefined
  return messageUpdate(userId, { text, entities }, options)
}

/** The user edited the text of their message `messageId`. */
export function editedTextUpdate(
  userId: number,
  messageId: number,
  text: string,
  options: UpdateOptions = {},
) {
  const { message } = textUpdate(userId, text, options)
  return {
    update_id: nextUpdateId++,
    edited_message: { ...message, message_id: messageId, edit_date: Math.floor(Date.now() / 1000) },
  }
}

/** A photo; photos sent together share an `album` (Telegram's media_group_id). */
export function photoUpdate(userId: number, album?: string) {
  return messageUpdate(userId, {
    photo: [{ file_id: 'p', file_unique_id: 'p', width: 800, height: 600 }],
    ...(album ? { media_group_id: album } : {}),
  })
}

export function contactUpdate(userId: number, phone: string) {
  return messageUpdate(userId, {
    contact: { phone_number: phone, first_name: 'Dilshod', user_id: userId },
  })
}

export function stickerUpdate(userId: number, options?: UpdateOptions) {
  return messageUpdate(
    userId,
    {
      sticker: {
        file_id: 'x',
        file_unique_id: 'x',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    },
    options,
  )
}

export function callbackUpdate(userId: number, data: string, options: UpdateOptions = {}) {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextMessageId++),
      from: user(userId, options.languageCode),
      chat_instance: 'c',
      data,
      message: {
        message_id: options.messageId ?? 1,
        date: Math.floor(Date.now() / 1000),
        chat: chat(userId, options.chatId),
        text: 'old message',
        ...(options.threadId
          ? { message_thread_id: options.threadId, is_topic_message: true }
          : {}),
      },
    },
  }
}

/** What a client pays with Telegram Stars: the invoice's payload and total, as Telegram repeats them. */
export interface StarsPayment {
  /** The invoice's `payload`. */
  payload: string
  /** Stars paid (the invoice's total). */
  total: number
  /** `XTR` for Stars. */
  currency?: string
  languageCode?: string
}

/** Telegram asks the bot to confirm a payment the client pressed Pay for (answer within 10 s). */
export function preCheckoutUpdate(userId: number, payment: StarsPayment) {
  return {
    update_id: nextUpdateId++,
    pre_checkout_query: {
      id: `pcq-${nextMessageId++}`,
      from: user(userId, payment.languageCode),
      currency: payment.currency ?? 'XTR',
      total_amount: payment.total,
      invoice_payload: payment.payload,
    },
  }
}

/** The payment went through: the service message in the client's chat with its charge id. */
export function successfulPaymentUpdate(
  userId: number,
  payment: StarsPayment & { chargeId: string },
) {
  return messageUpdate(
    userId,
    {
      successful_payment: {
        currency: payment.currency ?? 'XTR',
        total_amount: payment.total,
        invoice_payload: payment.payload,
        telegram_payment_charge_id: payment.chargeId,
        provider_payment_charge_id: '',
      },
    },
    { languageCode: payment.languageCode },
  )
}

/** The bot refunded a Stars payment: Telegram's service message in the client's chat. */
export function refundedPaymentUpdate(
  userId: number,
  payment: StarsPayment & { chargeId: string },
) {
  return messageUpdate(
    userId,
    {
      refunded_payment: {
        currency: payment.currency ?? 'XTR',
        total_amount: payment.total,
        invoice_payload: payment.payload,
        telegram_payment_charge_id: payment.chargeId,
      },
    },
    { languageCode: payment.languageCode },
  )
}
