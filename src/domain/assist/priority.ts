import type { Triage } from './provider'

/**
 * Where a conversation sorts in staff's list: an urgent or unhappy latest message puts it first
 * (1) and is told to the staff chat once; anything else leaves it in its place by time (0).
 */
export const priorityOf = (triage: Pick<Triage, 'urgency' | 'mood'>): 0 | 1 =>
  triage.urgency === 'urgent' || triage.mood === 'negative' ? 1 : 0
