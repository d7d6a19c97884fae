import type { PayloadRequest } from 'payload'
import { type OrderRefusal, refusalMessage } from '@/domain/clientOrderRules'
import type { Translated } from '@/domain/languages'
import { FieldsRefused } from '@/shared/http/fieldsRefused'

/**
 * An order refused by a rule: Payload's validation error (a 400 naming the field, in English),
 * carrying the refusal's code and values for a channel to say in the client's language.
 */
export class OrderRefused extends FieldsRefused {
  constructor(readonly refusal: OrderRefusal) {
    super({
      collection: 'orders',
      errors: [{ path: refusal.path, message: refusalMessage(refusal) }],
    })
  }
}

/**
 * A field of an order refused with a message for the person (API and admin alike), in the
 * language of `req` when the message is given in all three.
 */
export const orderFieldRefused = (
  path: string,
  message: string | Translated,
  req?: PayloadRequest,
) => new FieldsRefused({ collection: 'orders', errors: [{ path, message }], req })
