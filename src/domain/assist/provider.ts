// The one interface every assist answers through: the network-free rules here in
// src/domain/assist/rules.ts, and the language model in plugins/commerce/features/assists/.
// Staff are shown `name`, so they always know which one answered.

export const CATEGORIES = [
  'order_problem',
  'payment',
  'delivery',
  'product_question',
  'complaint',
  'other',
] as const
export type Category = (typeof CATEGORIES)[number]
export const URGENCIES = ['low', 'normal', 'urgent'] as const
export type Urgency = (typeof URGENCIES)[number]
export const MOODS = ['positive', 'neutral', 'negative'] as const
export type Mood = (typeof MOODS)[number]
export type AssistLanguage = 'ru' | 'uz' | 'en'
export interface Triage {
  /** One of the configured categories, default CATEGORIES. */
  category: string
  urgency: Urgency
  mood: Mood
  language: AssistLanguage
}
export interface SuggestContext {
  language: AssistLanguage
  clientName: string
  /** Oldest first; the client's last messages and staff's answers. */
  messages: { from: 'client' | 'staff'; text: string }[]
  orders: {
    number: number
    status: string
    total: number
    currency: string
    paymentStatus: string
    deliveryDate?: string | null
  }[]
  payments: {
    orderNumber?: number | null
    provider: string
    amount: number
    currency: string
    status: string
  }[]
  categories?: string[]
}
export interface AssistProvider {
  /** Which one answered, shown to staff: 'rules' or the model's name. */
  name: string
  triage(
    text: string,
    options?: { categories?: string[]; language?: AssistLanguage },
  ): Promise<Triage>
  /** Two or three reply drafts in the context's language. */
  suggest(context: SuggestContext): Promise<string[]>
}
