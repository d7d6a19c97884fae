import type { Translated } from './languages'

/**
 * Whether Payload's own first-user sign-up (`/admin/create-first-user`, `POST
 * /api/users/first-register`) stays open. In production it is closed: whoever reached a fresh
 * install first would own it. The first admin comes from `npm run admin:create` or from
 * `ADMIN_EMAIL` and `ADMIN_PASSWORD` at start instead.
 */
export function firstUserSignUpOpen(env: { NODE_ENV?: string }): boolean {
  return env.NODE_ENV !== 'production'
}

export const FIRST_USER_SIGN_UP_CLOSED: Translated = {
  en: 'Sign-up is closed in production. Create the first admin on the server with npm run admin:create -- --email you@example.com, or set ADMIN_EMAIL and ADMIN_PASSWORD.',
  ru: 'В рабочем режиме регистрация закрыта. Создайте первого администратора на сервере: npm run admin:create -- --email you@example.com, или задайте ADMIN_EMAIL и ADMIN_PASSWORD.',
  uz: "Ishchi rejimda ro'yxatdan o'tish yopiq. Birinchi administratorni serverda yarating: npm run admin:create -- --email you@example.com yoki ADMIN_EMAIL va ADMIN_PASSWORD ni belgilang.",
}
