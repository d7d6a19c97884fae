import type { CollectionAfterChangeHook, CollectionSlug, TypeWithID } from 'payload'
import { enqueueAll, type OutboxMessage } from './enqueue'

/** What a feature writes to the outbox when a document of `collection` changes. */
export interface OutboxAnnouncer<Doc extends TypeWithID = TypeWithID> {
  collection: CollectionSlug
  messages: (args: Parameters<CollectionAfterChangeHook<Doc>>[0]) => OutboxMessage[]
}

/**
 * One afterChange hook per collection that asks every feature what to announce and writes it all
 * in one statement. It runs inside the change's transaction (Payload runs afterChange before
 * commit), so the messages and the change are committed or rolled back together.
 */
export function announceHooks(
  announcers: OutboxAnnouncer[],
): Partial<Record<CollectionSlug, CollectionAfterChangeHook>> {
  const hooks: Partial<Record<CollectionSlug, CollectionAfterChangeHook>> = {}
  for (const collection of new Set(announcers.map((announcer) => announcer.collection))) {
    const own = announcers.filter((announcer) => announcer.collection === collection)
    hooks[collection] = async (args) => {
      const messages = own.flatMap((announcer) => announcer.messages(args))
      await enqueueAll(args.req.payload, messages, args.req)
      return args.doc
    }
  }
  return hooks
}
