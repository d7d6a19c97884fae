import { boot } from './boot'

// Applies the committed migrations to DATABASE_URL (or the embedded database) and exits.
const { db } = await boot()
await db.stop()
