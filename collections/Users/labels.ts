import type { Translated } from '@/domain/languages'
import type { Role } from '@/shared/access/roles'

/** What the admin shows for user accounts, in every language. */
export const labels = {
  singular: { ru: 'Пользователь', uz: 'Foydalanuvchi', en: 'User' },
  plural: { ru: 'Пользователи', uz: 'Foydalanuvchilar', en: 'Users' },
  group: { ru: 'Настройки', uz: 'Sozlamalar', en: 'Settings' },
  name: { ru: 'Имя', uz: 'Ism', en: 'Name' },
  roles: { ru: 'Роли', uz: 'Rollar', en: 'Roles' },
  telegramId: { ru: 'ID в Telegram', uz: 'Telegram ID', en: 'Telegram ID' },
  telegramIdDescription: {
    ru: 'Связывает аккаунт с Telegram для команд сотрудников в боте.',
    uz: "Akkauntni botdagi xodimlar buyruqlari uchun Telegram bilan bog'laydi.",
    en: 'Links this account to Telegram for the staff commands in the bot.',
  },
} satisfies Record<string, Translated>

export const ROLE_LABELS: Record<Role, Translated> = {
  admin: { ru: 'Администратор', uz: 'Administrator', en: 'Admin' },
  manager: { ru: 'Менеджер', uz: 'Menejer', en: 'Manager' },
  accountant: { ru: 'Бухгалтер', uz: 'Buxgalter', en: 'Accountant' },
}
