import type { Payload } from 'payload'

import { unique } from './payload'

export const PASSWORD = 'correct-horse-battery'

export async function makeUser(payload: Payload, role: 'admin' | 'manager' | 'accountant') {
  const email = `${role}-${unique()}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: role, roles: [role] },
  })
  return { ...user, email }
}

export async function makeCatalog(payload: Payload) {
  const category = await payload.create({
    collection: 'categories',
    data: { name: unique('Bread ') },
  })
  const product = (data: {
    price: number
    active?: boolean
    minQuantity?: number
    name?: string
  }) =>
    payload.create({
      collection: 'products',
      data: {
        name: data.name ?? unique('Loaf '),
        sku: unique('SKU-'),
        category: category.id,
        unit: 'pcs',
        ...data,
      },
    })
  return {
    category,
    bread: await product({ price: 800000, name: 'White bread' }),
    samsa: await product({ price: 900000, name: 'Samsa', minQuantity: 10 }),
    retired: await product({ price: 500000, active: false, name: 'Retired bun' }),
  }
}

export function makeClient(payload: Payload, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'clients',
    data: {
      name: unique('Cafe '),
      contactName: 'Dilshod',
      phone: '+998901234567',
      inn: '305123456',
      mfo: '00873',
      bankAccount: '20208000900123456001',
      ...data,
    },
  })
}
