import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { getRequestLanguage, parseCookies } from 'payload'

import { adminConfig } from '@/admin/i18n/adminConfig'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let manager: Record<string, string>

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  const user = await makeUser(payload, 'manager')
  manager = await login(server.url, user.email, PASSWORD)
})
afterAll(async () => {
  await payload?.updateGlobal({ slug: 'settings', data: { adminLanguage: 'ru' } })
  await server?.close()
  await closePayload(payload)
})

/** The language Payload picks for an admin page with these request headers. */
async function adminPageLanguage(headers: Record<string, string> = {}) {
  const request = new Headers(headers)
  const config = await adminConfig()
  return getRequestLanguage({ config, cookies: parseCookies(request), headers: request })
}

describe("the admin's language", () => {
  it("is the user's choice, else the browser's when the admin speaks it, else the settings' default", async () => {
    await payload.updateGlobal({ slug: 'settings', data: { adminLanguage: 'ru' } })
    expect(await adminPageLanguage()).toBe('ru')
    expect(await adminPageLanguage({ 'accept-language': '*' })).toBe('ru')
    // A browser in a language the admin does not speak (German, or Uzbek, which Payload's
    // header reading does not know) gets the default.
    expect(await adminPageLanguage({ 'accept-language': 'de-DE,de;q=0.9' })).toBe('ru')
    expect(await adminPageLanguage({ 'accept-language': 'en-US,en;q=0.9' })).toBe('en')
    expect(await adminPageLanguage({ 'accept-language': 'en-US', cookie: 'payload-lng=uz' })).toBe(
      'uz',
    )

    await payload.updateGlobal({ slug: 'settings', data: { adminLanguage: 'uz' } })
    expect(await adminPageLanguage()).toBe('uz')
    expect(await adminPageLanguage({ 'accept-language': 'uz-UZ,uz;q=0.9' })).toBe('uz')
    expect(await adminPageLanguage({ 'accept-language': 'ru-RU,ru;q=0.9' })).toBe('ru')
    expect(await adminPageLanguage({ cookie: 'payload-lng=en' })).toBe('en')
  })

  it('leaves the API and the Local API in English whatever the default', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { adminLanguage: 'uz' } })
    const config = await payload.config
    expect(getRequestLanguage({ config, cookies: new Map(), headers: new Headers() })).toBe('en')
    await expect(
      payload.create({ collection: 'clients', data: { name: unique('Cafe '), inn: '123' } }),
    ).rejects.toMatchObject({
      data: {
        errors: [expect.objectContaining({ message: 'INN must be 9 digits starting with 2–7' })],
      },
    })
  })

  it.each([
    ['ru', 'ИНН — 9 цифр, первая от 2 до 7'],
    ['en', 'INN must be 9 digits starting with 2–7'],
    [undefined, 'INN must be 9 digits starting with 2–7'],
  ])('refuses a field in the language asked for (%s)', async (language, message) => {
    const response = await fetch(`${server.url}/clients`, {
      method: 'POST',
      headers: { ...manager, ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify({ name: unique('Cafe '), inn: '123' }),
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors: unknown[] } }[] }
    expect(body.errors[0].data?.errors).toEqual([expect.objectContaining({ path: 'inn', message })])
  })

  it('says why a category cannot be deleted in the chosen language (the cookie)', async () => {
    const { category } = await makeCatalog(payload)
    const response = await fetch(`${server.url}/categories/${category.id}`, {
      method: 'DELETE',
      headers: { ...manager, cookie: 'payload-lng=uz' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/^Bu toifada \d+ ta mahsulot bor/)
  })

  it("explains a refused status move and a refused refund in the admin user's language", async () => {
    const { bread } = await makeCatalog(payload)
    const client = await makeClient(payload)
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'delivery',
        deliveryDate: '2032-06-01',
        items: [{ product: bread.id, quantity: 3 }],
      },
    })
    const move = await fetch(`${server.url}/orders/${order.id}`, {
      method: 'PATCH',
      headers: { ...manager, 'accept-language': 'ru-RU,ru;q=0.9' },
      body: JSON.stringify({ status: 'delivered' }),
    })
    expect(move.status).toBe(400)
    const moved = (await move.json()) as { errors: { message: string }[] }
    expect(moved.errors[0].message).toBe(
      'Заказ с доставкой нельзя перевести из «Новый» в «Доставлен». Можно: «Принят», «Отменён»',
    )

    const refund = await fetch(`${server.url}/payments/refund`, {
      method: 'POST',
      headers: { ...manager, cookie: 'payload-lng=uz' },
      body: JSON.stringify({
        order: order.id,
        amount: 100,
        requestId: unique('refund-'),
        reason: '',
      }),
    })
    expect(refund.status).toBe(400)
    expect(await refund.json()).toEqual({
      errors: [{ field: 'reason', message: 'Qaytarish sababini kiriting' }],
    })
  })
})
