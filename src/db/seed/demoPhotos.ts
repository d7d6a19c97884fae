import type { Payload } from 'payload'
import sharp from 'sharp'

/** Each demo category's colour: the crust, and a lighter crumb drawn on it. */
const COLOURS: Record<string, { crust: string; crumb: string }> = {
  Bread: { crust: '#b7793f', crumb: '#f1d9a8' },
  Samsa: { crust: '#c98a3a', crumb: '#f6e2b3' },
  Pastry: { crust: '#8c5a3c', crumb: '#f3c9d0' },
}

/**
 * A placeholder photo for a demo product, drawn here (no download): a plain loaf-like shape in
 * its category's colours, so the admin's list and the shop show pictures on the first run.
 */
export async function seedDemoPhoto(
  payload: Payload,
  { category, name, sku }: { category: string; name: string; sku: string },
): Promise<number> {
  const { crust, crumb } = COLOURS[category] ?? COLOURS.Bread
  const shape = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <ellipse cx="300" cy="320" rx="230" ry="150" fill="${crumb}"/>
    <ellipse cx="300" cy="300" rx="200" ry="120" fill="${crust}" opacity="0.35"/>
  </svg>`
  const data = await sharp({
    create: { width: 600, height: 600, channels: 3, background: crust },
  })
    .composite([{ input: Buffer.from(shape) }])
    .jpeg({ quality: 80 })
    .toBuffer()
  const { id } = await payload.create({
    collection: 'media',
    data: { alt: name },
    file: { data, mimetype: 'image/jpeg', name: `${sku.toLowerCase()}.jpg`, size: data.length },
  })
  return id
}
