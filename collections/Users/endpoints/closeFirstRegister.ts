import type { Endpoint } from 'payload'
import { FIRST_USER_SIGN_UP_CLOSED } from '@/domain/firstUserSignUp'
import { isLanguage } from '@/domain/languages'

/**
 * Answers `POST /api/users/first-register` with a 403 in place of Payload's own handler (a
 * collection's endpoints are matched before the defaults). Listed only in production, see
 * `firstUserSignUpOpen`: the admin's create-first-user form shows this message.
 */
export const closeFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) => {
    const language = isLanguage(req.i18n?.language) ? req.i18n.language : 'en'
    return Response.json(
      { errors: [{ message: FIRST_USER_SIGN_UP_CLOSED[language] }] },
      { status: 403 },
    )
  },
}
