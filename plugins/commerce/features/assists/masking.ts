import { isSafeDraft, maskPersonalData, seenTexts } from '@/domain/assist/mask'
import type { SuggestContext } from '@/domain/assist/provider'

/** How much of a message a model reads: enough to triage, bounded whatever a client sends. */
const MODEL_TEXT_LIMIT = 2000

/** A client's text as it may leave the server: personal data masked, its length bounded. */
export function maskedText(text: string): string {
  return maskPersonalData(text.slice(0, MODEL_TEXT_LIMIT))
}

/** The drafts' context as it may leave the server: every message masked. */
export function maskedContext(context: SuggestContext): SuggestContext {
  return {
    ...context,
    messages: context.messages.map((message) => ({ ...message, text: maskedText(message.text) })),
  }
}

/** Whether a draft holds only data the client could already see (the guard against injections). */
export function draftIsVisibleToClient(draft: string, context: SuggestContext): boolean {
  return isSafeDraft(draft, seenTexts(context))
}
