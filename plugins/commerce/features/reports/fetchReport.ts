/**
 * A report from our API as JSON, signed in with the admin's cookie; a refusal's own message
 * (`{ errors: [{ message }] }`) becomes the error, so the panel can say why.
 */
export async function fetchReport<T>(url: string): Promise<T> {
  const response = await fetch(url, {
    credentials: 'include',
    headers: { accept: 'application/json' },
  })
  const body = (await response.json().catch(() => null)) as
    | (T & { errors?: { message?: string }[] })
    | null
  if (!response.ok || body === null)
    throw new Error(body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
  return body
}
