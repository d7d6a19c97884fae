import { startEmbeddedPostgres } from '@/db/embeddedPostgres'

// An embedded PostgreSQL owned by a process of its own, so a test can kill that process and
// leave the server orphaned, as a crashed `npm run dev` does:
//   node --import tsx tests/support/embeddedPostgresProcess.ts <dataDir>   → prints its URL
const db = await startEmbeddedPostgres({ dataDir: process.argv[2]! })
console.log(db.url)
// A clean stop, as `npm run dev` stops on Ctrl-C; SIGKILL leaves the server orphaned.
process.on('SIGTERM', () => db.stop().then(() => process.exit(0)))
