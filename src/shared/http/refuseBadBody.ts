import { refusal } from './refusal'

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A JSON body that is not a JSON object (`null`, a list, broken text) is answered 400 before it
 * reaches Payload's REST handlers, which read fields off it and would fail with a 500. Other
 * bodies (uploads, forms) pass untouched; the request itself is never consumed.
 */
export async function refuseBadBody(request: Request): Promise<Response | null> {
  if (
    !WITH_BODY.has(request.method) ||
    !request.headers.get('content-type')?.includes('application/json')
  )
    return null
  // Payment providers' protocols answer a broken body themselves (Payme's -32700, Click's -8).
  if (new URL(request.url).pathname.startsWith('/api/payments/')) return null
  const text = await request.clone().text()
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse('The body must be JSON: it could not be read')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return refuse('The body must be a JSON object')
  return null
}

const refuse = (message: string) => refusal({ status: 400, field: 'body', message })
