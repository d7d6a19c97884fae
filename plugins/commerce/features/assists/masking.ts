import { isSafeDraft, maskPersonalData, seenTexts } from '@/domain/assist/mask'
import type { SuggestContext } from '@/domain/assist/provider'

/** How much of a message a model reads: enough to triage, bounded whatever a client sends. */
const MODEL_TEXT_LIMIT = 2000

/** What the model is told instead of the client's name; drafts get the name back here. */
const CLIENT_NAME = '[client]'

/**
 * A client's text as it may leave the server: personal data masked, then its length bounded (in
 * that order, so a number cut in two at the limit is still recognised and masked).
 */
export function maskedText(text: string): string {
  return maskPersonalData(text).slice(0, MODEL_TEXT_LIMIT)
}

/** The drafts' context as it may leave the server: the client's name and every message masked. */
export function maskedContext(context: SuggestContext): SuggestContext {
  const name = context.clientName.trim()
  const unnamed = (text: string) => (name ? text.split(name).join(CLIENT_NAME) : text)
  return {
    ...context,
    clientName: CLIENT_NAME,
    messages: context.messages.map((message) => ({
      ...message,
      text: maskedText(unnamed(message.text)),
    })),
  }
}

/** A model's draft addressed to the masked name, addressed to the client again. */
export const namedAgain = (draft: string, context: SuggestContext): string =>
  draft.split(CLIENT_NAME).join(context.clientName.trim())

/** Whether a draft holds only data the client could already see (the guard against injections). */
export function draftIsVisibleToClient(draft: string, context: SuggestContext): boolean {
  return isSafeDraft(draft, seenTexts(context))
}
