import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Media } from '@payload-types'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { loadPhotoUrls, photoUrls } from '@/shared/media/photoUrls'
import { makeCatalog, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let manager: Record<string, string>
let accountant: Record<string, string>
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-media-'))

beforeAll(async () => {
  process.env.MEDIA_DIR = mediaDir
  payload = await openPayload()
  server = await startRestServer()
  for (const role of ['manager', 'accountant'] as const) {
    const user = await makeUser(payload, role)
    const { authorization } = await login(server.url, user.email, PASSWORD)
    if (role === 'manager') manager = { authorization }
    else accountant = { authorization }
  }
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

/** A real photo-like picture: a gradient, made here (no network, no fixture files). */
const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer()

/** Uploads as the admin does: multipart, the file plus the other fields as `_payload` JSON. */
async function upload(
  headers: Record<string, string>,
  file: { bytes: Buffer; name: string; type: string },
  fields: Record<string, unknown> = { alt: 'A loaf of white bread' },
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${server.url}/media`, { method: 'POST', headers, body: form })
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, json }
}

const messages = (json: Record<string, unknown> | null) => JSON.stringify(json?.errors ?? json)

describe('product photos', () => {
  let photo: Media

  it('a manager uploads a photo over HTTP; its copies are made, stored and served to anyone', async () => {
    const { status, json } = await upload(manager, {
      bytes: await picture(1600, 1200),
      name: 'bread.jpg',
      type: 'image/jpeg',
    })
    expect(status).toBe(201)
    photo = (json as { doc: Media }).doc
    expect(photo).toMatchObject({
      alt: 'A loaf of white bread',
      mimeType: 'image/jpeg',
      width: 1600,
    })
    expect(photo.sizes).toMatchObject({
      thumbnail: { width: 160, height: 160, mimeType: 'image/webp' },
      list: { width: 480, height: 480, mimeType: 'image/webp' },
      detail: { width: 1200, height: 900, mimeType: 'image/webp' },
    })
    for (const name of [
      photo.filename,
      photo.sizes?.thumbnail?.filename,
      photo.sizes?.list?.filename,
      photo.sizes?.detail?.filename,
    ]) {
      expect(fs.existsSync(path.join(mediaDir, String(name)))).toBe(true)
    }
    // Served without a login: the shop's photos are public.
    const served = await fetch(`${server.url}/media/file/${photo.sizes?.list?.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(metadata).toMatchObject({ format: 'webp', width: 480, height: 480 })
  })

  it('a small photo is never enlarged for the detail view: the original stands in', async () => {
    const { status, json } = await upload(manager, {
      bytes: await picture(600, 400),
      name: 'samsa.jpg',
      type: 'image/jpeg',
    })
    expect(status).toBe(201)
    const small = (json as { doc: Media }).doc
    expect(small.sizes?.list).toMatchObject({ width: 480, height: 480 })
    const urls = photoUrls(small)
    expect(urls?.list).toMatch(/\/api\/media\/file\/samsa-480x480\.webp$/)
    expect(urls?.detail).toMatch(/\/api\/media\/file\/samsa.*\.(webp|jpg)$/)
  })

  it('refuses a file that is neither a photo, a video nor a document, naming the file type', async () => {
    const { status, json } = await upload(manager, {
      bytes: Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00not a photo'),
      name: 'price-list.zip',
      type: 'application/zip',
    })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/MIME type: application\/zip.*"path":"file"/)
  })

  it('refuses a text file dressed up as a JPEG (the contents decide, not the name)', async () => {
    const { status, json } = await upload(manager, {
      bytes: Buffer.from('hello, this is text and not a picture at all\n'.repeat(20)),
      name: 'photo.jpg',
      type: 'image/jpeg',
    })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/file type/i)
  })

  it('refuses a file over 5 MB with 413, in the reader’s language', async () => {
    const big = {
      bytes: Buffer.alloc(5 * 1024 * 1024 + 1, 1),
      name: 'huge.jpg',
      type: 'image/jpeg',
    }
    const english = await upload(manager, big)
    expect(english.status).toBe(413)
    expect(messages(english.json)).toContain('The file is too large: at most 5 MB.')
    const russian = await upload({ ...manager, 'accept-language': 'ru' }, big)
    expect(russian.status).toBe(413)
    expect(messages(russian.json)).toContain('Файл слишком большой: не больше 5 МБ.')
  })

  it('refuses an upload without a login or by an accountant, and one without alt text', async () => {
    const file = { bytes: await picture(200, 200), name: 'x.jpg', type: 'image/jpeg' }
    const anonymous = await upload({}, file)
    expect(anonymous.status).toBe(403)
    expect(messages(anonymous.json)).toMatch(/not allowed/i)
    expect((await upload(accountant, file)).status).toBe(403)
    const noAlt = await upload(manager, file, {})
    expect(noAlt.status).toBe(400)
    expect(messages(noAlt.json)).toMatch(/alt/i)
  })

  it('a product with a photo returns its addresses at depth 1, and the helpers read them', async () => {
    const { bread } = await makeCatalog(payload)
    await payload.update({ collection: 'products', id: bread.id, data: { photo: photo.id } })
    const response = await fetch(`${server.url}/products/${bread.id}?depth=1`, { headers: manager })
    expect(response.status).toBe(200)
    const product = (await response.json()) as { photo: Media }
    expect(product.photo).toMatchObject({
      id: photo.id,
      url: expect.stringMatching(/\/api\/media\/file\/bread\.jpg$/),
      sizes: {
        thumbnail: { url: expect.stringMatching(/bread-160x160\.webp$/) },
        list: { url: expect.stringMatching(/bread-480x480\.webp$/) },
        detail: { url: expect.stringMatching(/bread-1200x900\.webp$/) },
      },
    })
    const urls = photoUrls(product.photo)
    expect(urls).toEqual({
      alt: 'A loaf of white bread',
      thumbnail: product.photo.sizes?.thumbnail?.url,
      list: product.photo.sizes?.list?.url,
      detail: product.photo.sizes?.detail?.url,
      original: product.photo.url,
    })
    // Depth 0 (a catalog's fast read): ids only, resolved in one query.
    const byId = await loadPhotoUrls(payload, [photo.id, null, photo.id, 999_999_999])
    expect([...byId.keys()]).toEqual([photo.id])
    expect(byId.get(photo.id)).toEqual(urls)
    expect(photoUrls(photo.id)).toBeNull()
  })
})

describe('premium content files', () => {
  it('are seen by staff only once offered for sale, and stay while the offer does', async () => {
    const { status, json } = await upload(
      manager,
      {
        bytes: Buffer.from(
          '%PDF-1.4\n1 0 obj <<>> endobj\nxref\n0 1\ntrailer <<>>\nstartxref\n9\n%%EOF\n',
        ),
        name: 'recipe-book.pdf',
        type: 'application/pdf',
      },
      { alt: 'The bakery’s recipe book' },
    )
    expect(status).toBe(201)
    const file = (json as { doc: Media }).doc
    const served = () => fetch(`${server.url}/media/file/${file.filename}`)
    expect((await served()).status).toBe(200)

    const content = await fetch(`${server.url}/premium-content`, {
      method: 'POST',
      headers: { ...manager, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Recipe book', file: file.id, priceStars: 150 }),
    })
    expect(content.status).toBe(201)
    // Anyone else: not the file, not its listing; staff: both.
    expect((await served()).status).toBe(403)
    const listed = async (headers: Record<string, string>) =>
      (
        (await (await fetch(`${server.url}/media?limit=0`, { headers })).json()) as {
          docs: Media[]
        }
      ).docs.some((doc) => doc.id === file.id)
    expect(await listed({})).toBe(false)
    expect(await listed(accountant)).toBe(true)
    expect(
      (await fetch(`${server.url}/media/file/${file.filename}`, { headers: accountant })).status,
    ).toBe(200)
    // Marked by the offer, not by hand.
    const edited = await fetch(`${server.url}/media/${file.id}`, {
      method: 'PATCH',
      headers: { ...manager, 'content-type': 'application/json' },
      body: JSON.stringify({ premium: false }),
    })
    expect(((await edited.json()) as { doc: Media }).doc.premium).toBe(true)

    const removed = await fetch(`${server.url}/media/${file.id}`, {
      method: 'DELETE',
      headers: manager,
    })
    expect(removed.status).toBe(400)
    expect(messages(await removed.json())).toMatch(/sold as premium content \(1\)/)
  })

  it('a product photo cannot be a premium file', async () => {
    const { bread } = await makeCatalog(payload)
    const premium = await payload.find({
      collection: 'media',
      where: { premium: { equals: true } },
      limit: 1,
    })
    const { status } = await fetch(`${server.url}/products/${bread.id}`, {
      method: 'PATCH',
      headers: { ...manager, 'content-type': 'application/json' },
      body: JSON.stringify({ photo: premium.docs[0].id }),
    })
    expect(status).toBe(400)
  })
})
