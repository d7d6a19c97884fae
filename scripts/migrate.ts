import { boot, exitWithReason } from './boot'

// The release step (`npm run migrate`, docker-compose.yml's `migrate` service): applies the
// committed migrations to DATABASE_URL (or the embedded database) once, before any server starts,
// and creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD on a database without users, so
// replicas starting together find both done.
const { db } = await boot(
  async (payload) => {
    const { createFirstAdminAtStart } = await import('@/db/seed/createAdmin')
    await createFirstAdminAtStart(payload)
  },
  { migrate: true },
).catch(exitWithReason)
await db.stop()
