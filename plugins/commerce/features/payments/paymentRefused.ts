import type { Translated } from '@/domain/languages'

/**
 * A money operation refused for a reason a person can act on; the endpoints answer it as JSON in
 * the caller's language when it is given in all three (English for the API otherwise).
 */
export class PaymentRefused extends Error {
  readonly said: Translated

  constructor(
    message: string | Translated,
    readonly status = 400,
    readonly field?: string,
  ) {
    const said = typeof message === 'string' ? { ru: message, uz: message, en: message } : message
    super(said.en)
    this.said = said
  }
}
