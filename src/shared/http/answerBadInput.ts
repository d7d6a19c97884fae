import type { AfterErrorHook } from 'payload'

/** PostgreSQL's codes for a value the caller sent that the database could not take. */
const REFUSED_VALUES: Record<string, string> = {
  '23503': 'refers to a record that does not exist',
  '22P02': 'is not of the right type',
  '22003': 'is out of range',
  '22008': 'is out of range',
  '22007': 'is not a valid date',
  '22001': 'is too long',
}

interface DatabaseError {
  code: string
  detail?: string
  message: string
}

/**
 * Where Payload passes a bad value through to the database (an unknown id in a relationship, a
 * word where an id goes), the database's refusal is the caller's mistake: a 400 naming the field
 * rather than a 500. Every other error is left as Payload answers it.
 */
export const answerBadInput: AfterErrorHook = ({ collection, error, req }) => {
  const refused = databaseErrorOf(error)
  if (!refused) return
  // `/api/orders/abc`: Payload casts the id before the database sees it, so its own text is lost.
  const id = req.routeParams?.id
  if (collection && id !== undefined && !/^\d{1,9}$/.test(String(id))) {
    return {
      status: 404,
      response: {
        errors: [
          { message: `There is no ${collection.slug} with the id "${String(id).slice(0, 40)}"` },
        ],
      },
    }
  }
  const field = fieldOf(refused)
  const value = /: "(.{0,40})"/.exec(refused.message)?.[1]
  return refuse(
    field,
    `${field ?? (value === undefined ? 'A value' : `"${value}"`)} ${REFUSED_VALUES[refused.code]}`,
  )
}

function refuse(field: string | undefined, message: string) {
  return { status: 400, response: { errors: [{ ...(field ? { field } : {}), message }] } }
}

/** The PostgreSQL error behind drizzle's and Payload's wrappers, when it is one about a value. */
function databaseErrorOf(error: unknown): DatabaseError | null {
  for (
    let cause = error, depth = 0;
    cause && depth < 4;
    cause = (cause as { cause?: unknown }).cause, depth++
  ) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && code in REFUSED_VALUES) return cause as DatabaseError
  }
  return null
}

/** `Key (category_id)=(99) is not present…` names the column; the field is its name without `_id`, in camel case. */
function fieldOf({ detail }: DatabaseError): string | undefined {
  const column = /^Key \(([a-z_]+)\)/.exec(detail ?? '')?.[1]
  return column
    ?.replace(/_id$/, '')
    .replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
