import type { PayloadRequest } from 'payload'

import type { Actor } from '@/domain/orderWorkflow'

/**
 * Who is making a change: a signed-in staff user, or whoever the caller names in
 * `context.actor` (the bot acts for a client, jobs for the system).
 */
export function actorOf(req: PayloadRequest): { actor: Actor; label: string } {
  const named = req.context.actor
  if (named === 'client' || named === 'system') return { actor: named, label: named }
  // The history names the person as the staff know them, not by a row id.
  if (req.user) return { actor: 'staff', label: req.user.name || req.user.email }
  return { actor: 'system', label: 'system' }
}
