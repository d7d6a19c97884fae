import type { FlattenedField } from 'payload'

/** A value as the log keeps it: plain JSON, a relation as its id, money as its integer. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain }
export interface Change {
  before: Plain
  after: Plain
}
/** What changed, by field path (`price`, `items`, `legal.inn`). */
export type Changes = Record<string, Change>

type Doc = Record<string, unknown>
type ArrayRow = { [key: string]: Plain }

/** Payload's own bookkeeping: it changes on every save and says nothing. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt'])
/** Auth's fields are never copied anywhere, whatever their `hidden` says. */
const SECRETS = new Set([
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  '_verificationToken',
])
/** Longer texts are cut: the log says that it changed and how it began, not the whole essay. */
const MAX_TEXT = 200
/** JSON (a payment provider's raw answer) this long is summarised by its size. */
const MAX_JSON = 400
/** Where a changed row of an array stands, 1-based, next to its changed sub-fields. */
export const ROW = '#'

const recorded = (field: FlattenedField) =>
  !NOISE.has(field.name) &&
  !SECRETS.has(field.name) &&
  !field.hidden &&
  !('virtual' in field && field.virtual) &&
  field.type !== 'join'

/**
 * The fields that differ between two states of a document, with their values before and after.
 * `before` is null for a creation, `after` for a deletion; then only fields with a value count.
 * A field missing from `after` (left out by a `select` or by field access) is not known to have
 * changed and is skipped. Relations count by id, whatever depth either side was read at.
 */
export function changesBetween(
  fields: FlattenedField[],
  before: Doc | null,
  after: Doc | null,
): Changes {
  const changes: Changes = {}
  for (const field of fields) {
    if (!recorded(field)) continue
    if (after && !(field.name in after)) continue
    compare(
      field,
      field.name,
      plainOf(field, before?.[field.name]),
      plainOf(field, after?.[field.name]),
      changes,
    )
  }
  return changes
}

function compare(field: FlattenedField, path: string, before: Plain, after: Plain, into: Changes) {
  if (same(before, after) || (isEmpty(before) && isEmpty(after))) return
  if (field.type === 'group' || field.type === 'tab') {
    // A group is its fields: each changed one is recorded on its own path.
    const was = isObject(before) ? before : {}
    const is = isObject(after) ? after : {}
    for (const sub of field.flattenedFields) {
      if (recorded(sub))
        compare(sub, `${path}.${sub.name}`, was[sub.name] ?? null, is[sub.name] ?? null, into)
    }
    return
  }
  if (field.type === 'array') {
    const rows = changedRows(
      field.flattenedFields,
      (Array.isArray(before) ? before : []) as ArrayRow[],
      (Array.isArray(after) ? after : []) as ArrayRow[],
    )
    if (rows.before.length || rows.after.length) into[path] = rows
    return
  }
  const compact = field.type === 'json' || field.type === 'richText' ? compactJson : compactValue
  into[path] = { before: compact(before), after: compact(after) }
}

/**
 * An array's rows matched by their id (or, for a row written again under a new id, by equal
 * content): a changed row with its position and changed sub-fields on each side, an added row
 * whole after, a removed one whole before. Unchanged rows are left out, so appending a status
 * history entry records that entry only.
 */
function changedRows(fields: FlattenedField[], before: ArrayRow[], after: ArrayRow[]) {
  const rows: { before: Plain[]; after: Plain[] } = { before: [], after: [] }
  /** The before row each after row is, by their places. */
  const pairs = new Map<number, number>()
  const taken = new Set<number>()
  const byId = new Map(before.map((row, at) => [row.id, at]))
  after.forEach((row, at) => {
    const was = row.id == null ? undefined : byId.get(row.id)
    if (was === undefined) return
    pairs.set(at, was)
    taken.add(was)
  })
  after.forEach((row, at) => {
    if (pairs.has(at)) return
    const was = before.findIndex((old, i) => !taken.has(i) && same(withoutId(old), withoutId(row)))
    if (was < 0) return
    pairs.set(at, was)
    taken.add(was)
  })
  // A kept row moved only if its place among the kept rows changed, not because one before it went.
  const keptOrder = [...pairs.keys()].sort((a, b) => a - b).map((at) => pairs.get(at)!)
  const inOrder = [...keptOrder].sort((a, b) => a - b)
  let rank = 0
  after.forEach((row, at) => {
    const was = pairs.get(at)
    if (was === undefined) {
      rows.after.push({ [ROW]: at + 1, ...compactRow(row) })
      return
    }
    const moved = inOrder[rank++] !== was
    const differences: Changes = {}
    for (const sub of fields) {
      if (recorded(sub))
        compare(sub, sub.name, before[was][sub.name] ?? null, row[sub.name] ?? null, differences)
    }
    if (Object.keys(differences).length === 0 && !moved) return
    rows.before.push({ [ROW]: was + 1, ...sideOf(differences, 'before') })
    rows.after.push({ [ROW]: at + 1, ...sideOf(differences, 'after') })
  })
  before.forEach((row, at) => {
    if (!taken.has(at)) rows.before.push({ [ROW]: at + 1, ...compactRow(row) })
  })
  return rows
}

const withoutId = ({ id: _id, ...row }: ArrayRow): ArrayRow => row

const sideOf = (changes: Changes, side: keyof Change) =>
  Object.fromEntries(Object.entries(changes).map(([path, change]) => [path, change[side]]))

function compactRow(row: ArrayRow): ArrayRow {
  return Object.fromEntries(
    Object.entries(withoutId(row))
      .filter(([, value]) => !isEmpty(value))
      .map(([key, value]) => [key, compactValue(value)]),
  )
}

/** A field's value as plain JSON, relations reduced to ids. */
function plainOf(field: FlattenedField, value: unknown): Plain {
  if (value === undefined || value === null) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return relationOf(value)
    case 'array':
      return Array.isArray(value)
        ? value.map((row: Doc) => ({
            id: (row?.id as string) ?? null,
            ...fieldsOf(field.flattenedFields, row),
          }))
        : null
    case 'group':
    case 'tab':
      return fieldsOf(field.flattenedFields, value as Doc)
    case 'date':
      return value instanceof Date ? value.toISOString() : String(value)
    default:
      return toPlain(value)
  }
}

function fieldsOf(fields: FlattenedField[], doc: Doc | null | undefined): { [key: string]: Plain } {
  const plain: { [key: string]: Plain } = {}
  if (!doc || typeof doc !== 'object') return plain
  for (const field of fields) {
    if (recorded(field) && field.name in doc) plain[field.name] = plainOf(field, doc[field.name])
  }
  return plain
}

/** A relation read at any depth: its id; a polymorphic one `collection:id`. */
function relationOf(value: unknown): Plain {
  if (Array.isArray(value)) return value.map(relationOf)
  if (value && typeof value === 'object') {
    const relation = value as { relationTo?: string; value?: unknown; id?: unknown }
    if (typeof relation.relationTo === 'string')
      return `${relation.relationTo}:${String(relationOf(relation.value))}`
    return (relation.id as number | string | undefined) ?? null
  }
  return value as number | string
}

function toPlain(value: unknown): Plain {
  if (value === null || typeof value !== 'object') return value as Plain
  return JSON.parse(JSON.stringify(value)) as Plain
}

function compactValue(value: Plain): Plain {
  if (typeof value === 'string')
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value
  if (Array.isArray(value)) return value.map(compactValue)
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, compactValue(inner)]),
    )
  return value
}

function compactJson(value: Plain): Plain {
  if (value === null) return null
  const text = JSON.stringify(value)
  return text.length > MAX_JSON ? `JSON, ${text.length} characters` : value
}

const isObject = (value: Plain): value is { [key: string]: Plain } =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const isEmpty = (value: Plain) =>
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.values(value).every(isEmpty))

function same(a: Plain, b: Plain): boolean {
  if (a === b) return true
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]))
    )
  }
  return false
}
