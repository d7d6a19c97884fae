import { z } from 'zod'

const httpUrl = z.url({ protocol: /^https?$/ })

/**
 * What the commerce plugin is told. The application reads its environment once
 * (`src/config/commerceOptionsFromEnv.ts`) and hands the result here; no plugin file reads
 * `process.env`.
 */
export const commerceOptionsSchema = z.object({
  /**
   * Keeps the plugin's collections and fields (so the schema and migrations are the same
   * everywhere) but mounts no endpoints and starts no background work. Default: false.
   */
  disabled: z.boolean().default(false),
  /** The app's public address; where payment pages send the client back by default. */
  publicUrl: httpUrl.optional(),
  telegram: z
    .object({
      /** The bot's token from @BotFather. Unset: the bot is off and notifications wait. */
      token: z
        .string()
        .regex(/^\d+:[\w-]+$/, 'a bot token looks like 123456:ABC-def')
        .optional(),
      /** The secret Telegram sends with every update; the webhook refuses others. */
      webhookSecret: z
        .string()
        .regex(/^[\w-]{1,256}$/, 'letters, digits, _ and - only (Telegram allows no others)')
        .optional(),
      /** The public HTTPS address of `/api/telegram/webhook`. Unset: the server long-polls. */
      webhookUrl: z.url({ protocol: /^https$/ }).optional(),
      /** The Bot API root; tests point it at a fake. Default: Telegram's. */
      apiRoot: httpUrl.default('https://api.telegram.org'),
      /** The bot's `getMe` answer, saving that call at start. */
      botInfo: z
        .object({ id: z.number().int(), is_bot: z.literal(true), username: z.string() })
        .loose()
        .optional(),
      /** Whether this server sends the outbox's notifications (others on the database may). Default: true. */
      dispatchOutbox: z.boolean().default(true),
    })
    .prefault({}),
  stripe: z
    .object({
      /** The secret API key. Unset: card payments are off (cash and transfer remain). */
      secretKey: z.string().min(1).optional(),
      /** The signing secret of `/api/stripe/webhook`. */
      webhookSecret: z.string().min(1).optional(),
      /** The Stripe API root; tests point it at a fake. Default: Stripe's. */
      apiBase: httpUrl.optional(),
      /** How long a Stripe call may take, in milliseconds. Default: 10 000. */
      timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
      /** Where Stripe's payment page sends the client back. Default: `publicUrl`. */
      returnUrl: httpUrl.optional(),
    })
    .prefault({}),
  payme: z
    .object({
      /** The cashbox key Payme signs its calls with (`Basic Paycom:<key>`). Unset: Payme is off. */
      key: z.string().min(1).optional(),
      /** The test cashbox key (Payme's sandbox calls with it): accepted only in test mode. */
      testKey: z.string().min(1).optional(),
      /** Accept `testKey` too. Off by default: anyone with the sandbox key could pay real orders. */
      testMode: z.boolean().default(false),
      /** The merchant (cashbox) id in Payme's checkout links. */
      merchantId: z.string().min(1).optional(),
      /** Payme's checkout page. Default: https://checkout.paycom.uz (the sandbox: test.paycom.uz). */
      checkoutUrl: httpUrl.default('https://checkout.paycom.uz'),
    })
    .prefault({}),
  click: z
    .object({
      /** The service id Click names in every call. Unset: Click is off. */
      serviceId: z.string().regex(/^\d+$/, 'digits only').optional(),
      /** The merchant id in Click's payment links. */
      merchantId: z.string().regex(/^\d+$/, 'digits only').optional(),
      /** The secret key `sign_string` is made with. */
      secretKey: z.string().min(1).optional(),
    })
    .prefault({}),
  courier: z
    .object({
      /** The courier service's API root. Unset: no courier is called and its webhook answers 503. */
      apiUrl: httpUrl.optional(),
      /** The API key sent as a bearer token. */
      apiKey: z.string().min(1).optional(),
      /** The secret the courier signs its webhooks with (HMAC-SHA256 over the raw body). */
      webhookSecret: z.string().min(1).optional(),
      /** How long one courier call may take, in milliseconds. Default: 10 000. */
      timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    })
    .prefault({}),
  /**
   * The names of the migrations this code expects applied (the application's `migrations/index.ts`);
   * readiness answers 503 while the database lacks any. Default: none checked.
   */
  migrations: z.array(z.string()).optional(),
  metrics: z
    .object({
      /**
       * The bearer token `GET /api/metrics` asks for. Unset: the endpoint answers 404, so a
       * deployment publishes no figures by accident.
       */
      token: z
        .string()
        .regex(
          /^[\w.~+/=-]{16,256}$/,
          '16 to 256 letters, digits or -._~+/= (`openssl rand -hex 32`)',
        )
        .optional(),
    })
    .prefault({}),
  miniapp: z
    .object({
      /**
       * How long a Mini App's init data is accepted after Telegram signed it (`auth_date`), in
       * seconds. Telegram signs it when the app opens, so this is how long an open app keeps
       * working. Default: 86 400 (24 hours).
       */
      authMaxAge: z
        .number()
        .int()
        .min(60)
        .max(30 * 86_400)
        .default(86_400),
    })
    .prefault({}),
  /** Whether this server runs the scheduled jobs (others on the database may). Default: true. */
  runScheduler: z.boolean().default(true),
  audit: z
    .object({
      /**
       * Whether changes to the audited collections and the settings are recorded in `audit-log`.
       * Off, the log and its pruning stay; nothing new is written. Default: true.
       */
      enabled: z.boolean().default(true),
    })
    .prefault({}),
})

/** The options as given: every field optional, defaults filled in by `resolveCommerceOptions`. */
export type CommercePluginOptions = z.input<typeof commerceOptionsSchema>
/** The options with their defaults, as plugin files read them. */
export type CommerceOptions = z.output<typeof commerceOptionsSchema>

export function resolveCommerceOptions(options: CommercePluginOptions = {}): CommerceOptions {
  return commerceOptionsSchema.parse(options)
}

/** Whether clients can pay by card: Stripe is configured. */
export const cardPaymentsOn = (options: CommerceOptions) => Boolean(options.stripe.secretKey)
