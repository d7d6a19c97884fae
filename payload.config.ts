import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from './collections/Categories'
import { ClientPrices } from './collections/ClientPrices'
import { Clients } from './collections/Clients'
import { Conversations } from './collections/Conversations'
import { ownLocksOnly } from './collections/LockedDocuments/ownLocksOnly'
import { Media } from './collections/Media'
import { Orders } from './collections/Orders'
import { Products } from './collections/Products'
import { Settings } from './collections/Settings'
import { Transactions } from './collections/Transactions'
import { Users } from './collections/Users'
import { migrations } from './migrations'
import { commercePlugin } from './plugins/commerce'
import { ruFixes } from './src/admin/i18n/payloadRussianFixes'
import { uz } from './src/admin/i18n/payloadUzbek'
import { commerceOptionsFromEnv } from './src/config/commerceOptionsFromEnv'
import { poolSize } from './src/db/poolSize'
import { DATE_FORMAT } from './src/shared/adminDates'
import { answerBadInput } from './src/shared/http/answerBadInput'
import { productionLogger } from './src/shared/observability/productionLogger'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload's types name only the languages it ships; Uzbek is ours (and works: Payload looks the
// languages up by key), so it joins through a variable rather than the object literal.
const supportedLanguages = { ru, uz, en }

export default buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Tandir' },
    // Payload's default is Gravatar: the e-mail's hash would leave the building on every page, and
    // offline the avatar is broken.
    avatar: 'default',
    // Localized (date-fns "Pp"): each language's own order and clock.
    dateFormat: DATE_FORMAT,
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    Orders,
    Clients,
    ClientPrices,
    Products,
    Categories,
    Media,
    Transactions,
    Conversations,
    Users,
  ],
  globals: [Settings],
  i18n: {
    supportedLanguages,
    translations: { ru: ruFixes },
    // For API callers and the Local API, which then answer in English as they always have; the
    // admin's pages fall back to the settings' default language instead (src/admin/i18n/adminConfig.ts).
    fallbackLanguage: 'en',
  },
  hooks: { afterError: [answerBadInput] },
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.PUBLIC_URL ?? '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, max: poolSize() },
    // Migrations are the only way the schema changes, in development too.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Generating types spawns a child process at start; `npm run generate:types` does it on demand.
    autoGenerate: false,
  },
  telemetry: false,
  // Resizes product photos at upload (collections/Media).
  sharp,
  // Production: one JSON object a line, with the request's id; development keeps Payload's pretty log.
  logger: productionLogger(),
  // The environment is read here, once; the plugin reads its options only.
  // Readiness compares the migrations this code ships with those the database has applied.
  plugins: [
    commercePlugin({
      ...commerceOptionsFromEnv(),
      migrations: migrations.map((migration) => migration.name),
    }),
  ],
}).then(ownLocksOnly)
