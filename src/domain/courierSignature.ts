import { createHmac, timingSafeEqual } from 'node:crypto'

/** The courier service's signature of a webhook body: HMAC-SHA256 in hex over the raw bytes. */
export function signCourierBody(secret: string, raw: string): string {
  return createHmac('sha256', secret).update(raw, 'utf8').digest('hex')
}

/**
 * Whether `header` (`sha256=<hex>` or the bare hex) signs `raw` with `secret`. Compared in
 * constant time, so the answer's timing tells a forger nothing about how close a guess was.
 */
export function courierSignatureValid(
  secret: string,
  raw: string,
  header: string | null | undefined,
): boolean {
  const given = header?.trim().replace(/^sha256=/i, '') ?? ''
  if (!/^[0-9a-f]{64}$/i.test(given)) return false
  const expected = Buffer.from(signCourierBody(secret, raw), 'hex')
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}
