export default async function globalTeardown() {
  await globalThis.__TANDIR_PG__?.stop()
}
