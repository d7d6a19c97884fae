import { describe, expect, it } from '@jest/globals'

import {
  generateAdminPassword,
  refuseAdminEmail,
  refuseAdminPassword,
} from '@/domain/adminCredentials'
import { firstUserSignUpOpen } from '@/domain/firstUserSignUp'

describe('admin credentials', () => {
  it.each(['owner@example.uz', 'a.b+c@mail.tashkent.uz'])('accepts the e-mail %s', (email) => {
    expect(refuseAdminEmail(email)).toBeNull()
  })

  it.each([
    undefined,
    '',
    'owner',
    'owner@',
    '@example.uz',
    'owner@example',
    'a b@example.uz',
    'a@b@example.uz',
    'owner@example..uz',
    `${'a'.repeat(250)}@example.uz`,
  ])('refuses the e-mail %s', (email) => {
    expect(refuseAdminEmail(email)).toEqual(expect.any(String))
  })

  it.each(['Short1!', 'alllowercaseletters', 'ALLUPPER12345678', 'lowercase-and-symbols'])(
    'refuses the weak password %s without repeating it',
    (password) => {
      const reason = refuseAdminPassword(password)
      expect(reason).toMatch(/too weak/)
      expect(reason).not.toContain(password)
    },
  )

  it('accepts a long mixed password', () => {
    expect(refuseAdminPassword('Tandir-bakery-2026')).toBeNull()
  })

  it('generates strong passwords that differ every time', () => {
    const passwords = Array.from({ length: 200 }, generateAdminPassword)
    for (const password of passwords) {
      expect(password).toHaveLength(20)
      expect(refuseAdminPassword(password)).toBeNull()
    }
    expect(new Set(passwords).size).toBe(passwords.length)
  })
})

describe('first-user sign-up', () => {
  it('is closed in production and open elsewhere', () => {
    expect(firstUserSignUpOpen({ NODE_ENV: 'production' })).toBe(false)
    expect(firstUserSignUpOpen({ NODE_ENV: 'development' })).toBe(true)
    expect(firstUserSignUpOpen({ NODE_ENV: 'test' })).toBe(true)
    expect(firstUserSignUpOpen({})).toBe(true)
  })
})
