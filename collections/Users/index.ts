import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'

import { firstUserSignUpOpen } from '@/domain/firstUserSignUp'
import { admins, ROLES } from '@/shared/access/roles'
import { rolesByAdmin, selfOrAdmin } from './access'
import { closeFirstRegister } from './endpoints/closeFirstRegister'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { labels, ROLE_LABELS } from './labels'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'telegramId'],
    group: labels.group,
  },
  access: {
    read: selfOrAdmin,
    create: admins,
    update: selfOrAdmin,
    delete: admins,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  // Read when the config is imported: production closes the open first-user sign-up.
  endpoints: firstUserSignUpOpen(process.env) ? [] : [closeFirstRegister],
  fields: [
    { name: 'name', label: labels.name, type: 'text', required: true },
    {
      name: 'roles',
      label: labels.roles,
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['manager'],
      options: optionsOf(ROLES, ROLE_LABELS),
      saveToJWT: true,
      access: { create: rolesByAdmin, update: rolesByAdmin },
    },
    {
      name: 'telegramId',
      label: labels.telegramId,
      type: 'number',
      unique: true,
      index: true,
      admin: { description: labels.telegramIdDescription },
    },
  ],
}
