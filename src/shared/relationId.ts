/** The id behind a relationship value, whether it arrived populated or as a bare id. */
export function relationId(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return relationId((value as { id?: unknown }).id)
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
