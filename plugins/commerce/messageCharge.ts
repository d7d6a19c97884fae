import type { Payload, PayloadRequest } from 'payload'
import { commerceOf } from './feature'

/** A client's message to support, to be paid for before it is forwarded. */
export interface ChargedMessage {
  client: number
  /** `text`, `photo`, `voice`… as the support inbox stores it. */
  kind: string
  /** One charge per message however often it arrives: the chat and the message id. */
  key: string
}

/** Paid (or free, or covered by a pass), or refused with what it costs and what the client has. */
export type MessageCharge =
  | { paid: true; cost: number }
  // `passEnded`: a pass ran out within the day, so the client is told that, not only to buy.
  | { paid: false; cost: number; balance: number; passEnded: boolean }

/** A refused charge: the message is neither stored nor forwarded, and the client is told why. */
export type RefusedCharge = Extract<MessageCharge, { paid: false }>

/** What the feature that keeps credits offers the support inbox (the credits feature does). */
export type ChargeMessage = (req: PayloadRequest, message: ChargedMessage) => Promise<MessageCharge>

/**
 * Charges a support message in the request's transaction, through the core as checkout is: the
 * support inbox imports no other feature. Without a credits feature, support is free.
 */
export function chargeMessage(
  req: PayloadRequest,
  message: ChargedMessage,
): Promise<MessageCharge> {
  const charge = commerceOf(req.payload).features.find(
    (feature) => feature.chargeMessage,
  )?.chargeMessage
  return charge ? charge(req, message) : Promise.resolve({ paid: true, cost: 0 })
}

/** Gives back what the message charged under `key` cost; once, however often it is called. */
export type RefundMessage = (payload: Payload, key: string) => Promise<void>

/**
 * A paid message the outbox could not deliver to the staff is given back: a client is never
 * charged for a message nobody read. Without a credits feature there is nothing to give back.
 */
export function refundUndeliveredMessage(payload: Payload, key: string): Promise<void> {
  const refund = commerceOf(payload).features.find(
    (feature) => feature.refundMessage,
  )?.refundMessage
  return refund ? refund(payload, key) : Promise.resolve()
}
