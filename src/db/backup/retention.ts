/**
 * Which backups stay: the newest dump of each of the 7 newest days, and the newest dump of each
 * of the 4 newest Sundays (so a month back can still be reached after a week of bad data). Pure,
 * on file names alone, so the rule is tested without a clock or a disk.
 */

/** A backup's file name: `tandir-2026-12-02T03-00-00Z.dump`, the UTC time it was taken. */
const NAME = /^tandir-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.dump$/

export interface Retention {
  daily: number
  weekly: number
}

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4 }

export function backupFileName(at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-')
  return `tandir-${stamp}Z.dump`
}

/** The UTC time a backup file was taken at, or nothing for a file that is not one of ours. */
export function backupTakenAt(name: string): Date | undefined {
  const match = NAME.exec(name)
  if (!match) return undefined
  const [, day, hours, minutes, seconds] = match
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}Z`)
  return Number.isNaN(at.getTime()) ? undefined : at
}

/**
 * Splits the backups among `names` into those kept and those to delete. Names that are not
 * backups (a half-written `.partial`, a file someone put there) are in neither list: never ours
 * to delete.
 */
export function applyRetention(
  names: string[],
  { daily, weekly }: Retention = DEFAULT_RETENTION,
): { keep: string[]; remove: string[] } {
  const backups = names
    .map((name) => ({ name, at: backupTakenAt(name) }))
    .filter((backup): backup is { name: string; at: Date } => backup.at !== undefined)
    .sort((a, b) => b.at.getTime() - a.at.getTime())

  const kept = new Set<string>()
  const days = new Set<string>()
  const sundays = new Set<string>()
  for (const { name, at } of backups) {
    const day = at.toISOString().slice(0, 10)
    // Newest first, so the first file seen of a day is that day's newest.
    if (!days.has(day)) {
      days.add(day)
      if (days.size <= daily) kept.add(name)
    }
    if (at.getUTCDay() === 0 && !sundays.has(day)) {
      sundays.add(day)
      if (sundays.size <= weekly) kept.add(name)
    }
  }
  const sorted = backups.map(({ name }) => name)
  return {
    keep: sorted.filter((name) => kept.has(name)),
    remove: sorted.filter((name) => !kept.has(name)),
  }
}
