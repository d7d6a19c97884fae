import { generatePageMetadata, NotFoundPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { adminConfig } from '@/admin/i18n/adminConfig'
import { importMap } from '@/app/(payload)/admin/importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config: adminConfig(), params, searchParams })

const NotFound = ({ params, searchParams }: Args) =>
  NotFoundPage({ config: adminConfig(), importMap, params, searchParams })

export default NotFound
