import path from 'node:path'

/**
 * Where uploaded photos are kept on disk: `MEDIA_DIR`, relative to the working directory, default
 * `./media`. Every app server must see the same folder (docker-compose.yml mounts one).
 */
export function mediaDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.MEDIA_DIR || 'media')
}
