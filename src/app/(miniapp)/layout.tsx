import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { FIRST_CALLS_SCRIPT } from '@/miniapp/firstCalls'

import './miniapp.css'

export const metadata: Metadata = { title: 'Tandir' }

// Telegram sizes the webview itself: no zooming, and the page follows the client's colours.
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  maximumScale: 1,
  userScalable: false,
}

/** The Mini App's own root layout: none of the admin's styles or scripts. */
export default function MiniappLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant, no user input; it starts the first calls before the scripts have loaded */}
        <script dangerouslySetInnerHTML={{ __html: FIRST_CALLS_SCRIPT }} />
        {children}
      </body>
    </html>
  )
}
