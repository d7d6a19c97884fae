import type { Payload, PayloadRequest } from 'payload'

/**
 * Writes a message for the dispatcher. With `req` it joins that request's transaction, so the
 * message exists only if the change it announces is committed. Messages with the same
 * `body.sequence` are delivered one at a time, in the order they were written.
 */
export async function enqueue(
  payload: Payload,
  topic: string,
  body: Record<string, unknown> & { sequence?: string },
  req?: PayloadRequest,
  /** Not before this moment. */
  availableAt = new Date(),
): Promise<void> {
  // Straight to the adapter: an internal row with nothing to validate, written on hot paths.
  await payload.db.create({
    collection: 'outbox',
    data: { topic, payload: body, status: 'pending', attempts: 0, availableAt: availableAt.toISOString() },
    req,
    returning: false,
  })
}
