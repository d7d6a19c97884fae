import type { Payload } from 'payload'

/** A key-value store over `bot-sessions` in the shape grammY's storages take. */
export function sessionStorage<T>(payload: Payload) {
  const find = async (key: string) =>
    (await payload.find({ collection: 'bot-sessions', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]
  return {
    async read(key: string): Promise<T | undefined> {
      return (await find(key))?.value as T | undefined
    },
    async write(key: string, value: T): Promise<void> {
      const existing = await find(key)
      const data = { key, value: value as unknown as Record<string, unknown> }
      if (existing) await payload.update({ collection: 'bot-sessions', id: existing.id, data, overrideAccess: true })
      else await payload.create({ collection: 'bot-sessions', data, overrideAccess: true })
    },
    async delete(key: string): Promise<void> {
      await payload.delete({ collection: 'bot-sessions', where: { key: { equals: key } }, overrideAccess: true })
    },
  }
}
