import type { ServerFunctionClient } from 'payload'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type React from 'react'

import { adminConfig } from '@/admin/i18n/adminConfig'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async (args) => {
  'use server'
  return handleServerFunctions({ ...args, config: adminConfig(), importMap })
}

const Layout = ({ children }: Args) => (
  // The admin's config: the settings' default language where the user and the browser name none.
  <RootLayout config={adminConfig()} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
