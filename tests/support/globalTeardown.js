export default async function globalTeardown() {
  await globalThis.__TANDIR_DB__?.stop()
}
