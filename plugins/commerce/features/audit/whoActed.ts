import type { PayloadRequest } from 'payload'
import { relationId } from '@/shared/relationId'
import { currentOrigin } from '@/shared/writeOrigin'
import type { Door } from './texts'

export interface Who {
  actor: 'staff' | 'client' | 'system'
  user: number | null
  client: number | null
  /** A readable name as it was then; null for a client whose name the database fills in. */
  name: string | null
  door: Door
  /** The job or webhook that made the change. */
  via: string | null
}

const API_DOORS: Record<string, Door> = { REST: 'rest', GraphQL: 'graphql', local: 'local' }

/**
 * Who made a change and through which door. A signed-in staff member (the admin, REST, GraphQL,
 * or the bot acting as them); else the client the bot talks to, or whom the call names as actor;
 * else the system, named by its job or webhook. The door is the one the work declared
 * (`withOrigin`), else the channel an order names, else Payload's API.
 */
export function whoActed(req: PayloadRequest, target: string, doc: Record<string, unknown>): Who {
  const origin = currentOrigin()
  const channel = req.context.channel
  const door: Door =
    origin?.door ??
    (channel === 'bot' || channel === 'miniapp' ? channel : (API_DOORS[req.payloadAPI] ?? 'local'))
  const via = origin?.name ?? null
  const user = req.user as { id: number; collection?: string; name?: string; email?: string } | null
  if (user?.collection === 'users')
    return {
      actor: 'staff',
      user: user.id,
      client: null,
      name: user.name || user.email || null,
      door,
      via,
    }
  const talking = origin?.client
  if (talking)
    return { actor: 'client', user: null, client: talking.id, name: talking.name, door, via }
  if (req.context.actor === 'client')
    return { actor: 'client', user: null, client: clientOf(target, doc), name: null, door, via }
  return { actor: 'system', user: null, client: null, name: via ?? 'system', door, via }
}

/** The client a document belongs to: a client is their own. */
function clientOf(target: string, doc: Record<string, unknown>): number | null {
  if (target === 'clients') return typeof doc.id === 'number' ? doc.id : null
  return relationId(doc.client)
}
