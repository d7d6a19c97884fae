import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** USER_HZ, the unit of /proc's CPU times: 100 on Linux everywhere in practice. */
const TICK_MS = 10

/**
 * CPU the embedded database whose cluster is `dataDir` has used so far, in ms: the postmaster,
 * the children it reaped, and its live children (the pool's connections, the background workers).
 */
export function databaseCpuMs(dataDir: string): number {
  const postmaster = Number(
    fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
  )
  const ticks = (pid: number, withReaped: boolean) => {
    try {
      // After the command's closing parenthesis: utime, stime, cutime, cstime are fields 14-17.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number)
      return utime + stime + (withReaped ? cutime + cstime : 0)
    } catch {
      return 0 // ended meanwhile
    }
  }
  const children = fs
    .readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
  const total =
    ticks(postmaster, true) + children.reduce((sum, child) => sum + ticks(child, false), 0)
  return total * TICK_MS
}

/** CPU every process on the machine has used so far, all cores together, in ms. */
export function machineCpuMs(): number {
  const [, ...times] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  // user nice system idle iowait irq softirq steal: all but idle and iowait are work.
  const [user, nice, system, , , irq, softirq, steal] = times.map(Number)
  return (user + nice + system + irq + softirq + (steal ?? 0)) * TICK_MS
}

/**
 * Watches how busy the machine is while a benchmark runs, to say how much of it other processes
 * took (this one and its database apart). Each figure is in cores, averaged over the time watched.
 */
export function watchCpu(dataDir: string) {
  let wall = 0
  let own = 0
  let db = 0
  let machine = 0
  let from: { wall: number; own: NodeJS.CpuUsage; db: number; machine: number } | null = null
  return {
    start() {
      from = {
        wall: performance.now(),
        own: process.cpuUsage(),
        db: databaseCpuMs(dataDir),
        machine: machineCpuMs(),
      }
    },
    stop() {
      if (!from) return
      const used = process.cpuUsage(from.own)
      wall += performance.now() - from.wall
      own += (used.user + used.system) / 1000
      db += databaseCpuMs(dataDir) - from.db
      machine += machineCpuMs() - from.machine
      from = null
    },
    /** E.g. "this process 0.9, its database 0.5, other processes 0.4 of 2 cores". */
    summary(): string {
      const cores = (ms: number) => (wall > 0 ? ms / wall : 0).toFixed(2)
      return `this process ${cores(own)}, its database ${cores(db)}, other processes ${cores(Math.max(0, machine - own - db))} of ${os.availableParallelism()} cores`
    },
  }
}
