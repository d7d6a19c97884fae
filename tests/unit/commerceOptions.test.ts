import { describe, expect, it } from '@jest/globals'
import { commerceOptionsFromEnv } from '@/config/commerceOptionsFromEnv'

describe('the commerce options from the environment', () => {
  it('has a default for everything when nothing is set, and treats empty as unset', () => {
    const options = commerceOptionsFromEnv({ TELEGRAM_BOT_TOKEN: '', STRIPE_TIMEOUT_MS: ' ' })
    expect(options).toMatchObject({
      disabled: false,
      runScheduler: true,
      telegram: { apiRoot: 'https://api.telegram.org', dispatchOutbox: true },
      stripe: { timeoutMs: 10_000 },
      audit: { enabled: true },
    })
    expect(options.telegram.token).toBeUndefined()
  })

  it('reads each variable into its option', () => {
    const options = commerceOptionsFromEnv({
      TANDIR_COMMERCE_DISABLED: 'true',
      PUBLIC_URL: 'https://orders.example.uz',
      TELEGRAM_BOT_TOKEN: '123456:ABC-def_1',
      TELEGRAM_WEBHOOK_SECRET: 'a-secret_1',
      TELEGRAM_WEBHOOK_URL: 'https://orders.example.uz/api/telegram/webhook',
      TELEGRAM_BOT_INFO: '{"id":1,"is_bot":true,"first_name":"T","username":"t_bot"}',
      TANDIR_OUTBOX_DISPATCHER: 'off',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_TIMEOUT_MS: '2500',
      TANDIR_SCHEDULER: 'off',
      TANDIR_AUDIT: 'off',
    })
    expect(options).toMatchObject({
      disabled: true,
      publicUrl: 'https://orders.example.uz',
      runScheduler: false,
      telegram: {
        token: '123456:ABC-def_1',
        webhookSecret: 'a-secret_1',
        dispatchOutbox: false,
        botInfo: { id: 1, username: 't_bot' },
      },
      stripe: { secretKey: 'sk_test_1', timeoutMs: 2500 },
      audit: { enabled: false },
    })
  })

  it.each([
    ['TELEGRAM_BOT_TOKEN', 'not-a-token'],
    ['TELEGRAM_WEBHOOK_SECRET', 'has spaces'],
    ['TELEGRAM_WEBHOOK_URL', 'http://orders.example.uz/api/telegram/webhook'],
    ['TELEGRAM_API_ROOT', 'telegram'],
    ['TELEGRAM_BOT_INFO', '{not json'],
    ['TANDIR_OUTBOX_DISPATCHER', 'maybe'],
    ['STRIPE_TIMEOUT_MS', '10s'],
    ['STRIPE_TIMEOUT_MS', '5'],
    ['PUBLIC_URL', 'orders.example.uz'],
    ['TANDIR_SCHEDULER', 'sometimes'],
    ['TANDIR_AUDIT', 'perhaps'],
  ])('stops on a bad %s (%s) with one line naming the variable', (name, value) => {
    expect(() => commerceOptionsFromEnv({ [name]: value })).toThrow(new RegExp(`^${name}: `))
  })
})
