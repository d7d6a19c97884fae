import { describe, expect, it } from '@jest/globals'
import { applyRetention, backupFileName, backupTakenAt } from '@/db/backup/retention'

/** One backup a night at 03:00 UTC for `days` days back from 2026-12-02 (a Wednesday). */
const nightly = (days: number) =>
  Array.from({ length: days }, (_, index) =>
    backupFileName(new Date(Date.UTC(2026, 11, 2 - index, 3, 0, 0))),
  )

describe('which backups stay', () => {
  it('names a backup by its UTC time and reads it back', () => {
    const at = new Date('2026-12-02T03:04:05.678Z')
    expect(backupFileName(at)).toBe('tandir-2026-12-02T03-04-05Z.dump')
    expect(backupTakenAt(backupFileName(at))).toEqual(new Date('2026-12-02T03:04:05Z'))
    expect(backupTakenAt('tandir-2026-13-02T03-04-05Z.dump')).toBeUndefined()
  })

  it('keeps all of them while there are fewer than seven days', () => {
    const names = nightly(5)
    expect(applyRetention(names)).toEqual({ keep: names, remove: [] })
  })

  it('after sixty nights keeps the last seven days and the four Sundays before them', () => {
    const { keep, remove } = applyRetention(nightly(60))
    expect(keep).toEqual([
      // The 7 newest days: Wednesday 2 December back to Thursday 26 November.
      'tandir-2026-12-02T03-00-00Z.dump',
      'tandir-2026-12-01T03-00-00Z.dump',
      'tandir-2026-11-30T03-00-00Z.dump',
      'tandir-2026-11-29T03-00-00Z.dump', // also the newest Sunday
      'tandir-2026-11-28T03-00-00Z.dump',
      'tandir-2026-11-27T03-00-00Z.dump',
      'tandir-2026-11-26T03-00-00Z.dump',
      // The three Sundays before it.
      'tandir-2026-11-22T03-00-00Z.dump',
      'tandir-2026-11-15T03-00-00Z.dump',
      'tandir-2026-11-08T03-00-00Z.dump',
    ])
    expect(remove).toHaveLength(50)
    // The fifth Sunday back goes, as does every other night before the last seven.
    expect(remove).toContain('tandir-2026-11-01T03-00-00Z.dump')
    expect(remove).toContain('tandir-2026-11-25T03-00-00Z.dump')
  })

  it('keeps only the newest of several dumps of one day', () => {
    const names = [
      'tandir-2026-12-02T03-00-00Z.dump',
      'tandir-2026-12-02T14-30-00Z.dump',
      'tandir-2026-12-01T03-00-00Z.dump',
    ]
    expect(applyRetention(names)).toEqual({
      keep: ['tandir-2026-12-02T14-30-00Z.dump', 'tandir-2026-12-01T03-00-00Z.dump'],
      remove: ['tandir-2026-12-02T03-00-00Z.dump'],
    })
  })

  it('keeps old Sundays when nights were missed, and never touches files that are not backups', () => {
    const names = [
      'tandir-2026-12-02T03-00-00Z.dump',
      'tandir-2026-10-04T03-00-00Z.dump', // Sunday
      'tandir-2026-10-03T03-00-00Z.dump', // Saturday
      'tandir-2026-12-02T04-00-00Z.dump.partial',
      'notes.txt',
    ]
    expect(applyRetention(names, { daily: 1, weekly: 4 })).toEqual({
      keep: ['tandir-2026-12-02T03-00-00Z.dump', 'tandir-2026-10-04T03-00-00Z.dump'],
      remove: ['tandir-2026-10-03T03-00-00Z.dump'],
    })
  })
})
