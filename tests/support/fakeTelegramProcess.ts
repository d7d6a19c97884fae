import { startFakeTelegram } from './fakeTelegram'

// The fake Bot API in a process of its own, so its clock is not held up by the code it measures:
//   node --import tsx tests/support/fakeTelegramProcess.ts 30   → prints its apiRoot
const perSecond = process.argv[2] ? Number(process.argv[2]) : undefined
const telegram = await startFakeTelegram({ perSecond })
console.log(telegram.apiRoot)
process.on('SIGTERM', () => void telegram.close().then(() => process.exit(0)))
