import type { CollectionConfig } from 'payload'

import { admins, ROLES } from '@/shared/access/roles'
import { rolesByAdmin, selfOrAdmin } from './access'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'telegramId'],
    group: 'Settings',
  },
  access: {
    read: selfOrAdmin,
    create: admins,
    update: selfOrAdmin,
    delete: admins,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['manager'],
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: rolesByAdmin, update: rolesByAdmin },
    },
    {
      name: 'telegramId',
      type: 'number',
      unique: true,
      index: true,
      admin: { description: 'Links this account to Telegram for the staff commands in the bot.' },
    },
  ],
}
