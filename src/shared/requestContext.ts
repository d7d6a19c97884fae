import type { Actor, OrderSource } from '@/domain/orderWorkflow'

/**
 * What a caller tells the collections' hooks about a write (`context` of a Local API call),
 * declared once: Payload's `RequestContext` is widened with it, so every key is typed where it is
 * set and where it is read. Which door a whole piece of work came through (the bot, a job, a
 * webhook) is declared once where it enters, not per call: `src/shared/writeOrigin.ts`.
 */
export interface WriteContext {
  /** Who acts when no staff user is signed in: the bot acts for a client, jobs for the system. */
  actor?: Exclude<Actor, 'staff'>
  /** The door an order came through; unset, REST means the admin and anything else the API. */
  channel?: OrderSource
  /** The status the caller saw: a move from any other is refused (a stale button). */
  expectedStatus?: string
  /** The press that moved the order edits the staff card itself: no second edit from the outbox. */
  staffCardEdited?: boolean
  /** The ledger settling money: the only writer of an order's payment fields. */
  settlingPayment?: boolean
}

declare module 'payload' {
  interface RequestContext extends WriteContext {}
}
