import { startFakeTelegram } from './fakeTelegram'

// The fake Bot API in a process of its own, so its clock is not held up by the code it measures:
//   node --import tsx tests/support/fakeTelegramProcess.ts 30 [20]   → prints its apiRoot
const [perSecond, perGroupPerMinute] = process.argv
  .slice(2, 4)
  .map((arg) => (arg ? Number(arg) : undefined))
const telegram = await startFakeTelegram({ perSecond, perGroupPerMinute })
console.log(telegram.apiRoot)
process.on('SIGTERM', () => void telegram.close().then(() => process.exit(0)))
