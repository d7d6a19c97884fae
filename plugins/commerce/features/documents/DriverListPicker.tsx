'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { AdminTexts } from '@/admin/i18n/adminLanguages'
import { useAdminLanguage } from '@/admin/i18n/useAdminLanguage'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { NO_ROUTE } from '@/domain/driverList'
import { DocumentLinks } from './DocumentLinks'

type Key = 'title' | 'date' | 'route' | 'allRoutes' | 'noRoute' | 'print' | 'xlsx'
const TEXTS: AdminTexts<Key> = {
  ru: {
    title: 'Маршрутный лист',
    date: 'Дата доставки',
    route: 'Маршрут',
    allRoutes: 'Все маршруты',
    noRoute: 'Без маршрута',
    print: 'Печать',
    xlsx: 'XLSX',
  },
  uz: {
    title: "Yo'l varaqasi",
    date: 'Yetkazish sanasi',
    route: "Yo'nalish",
    allRoutes: "Barcha yo'nalishlar",
    noRoute: "Yo'nalishsiz",
    print: 'Chop etish',
    xlsx: 'XLSX',
  },
  en: {
    title: "Driver's list",
    date: 'Delivery date',
    route: 'Route',
    allRoutes: 'All routes',
    noRoute: 'No route',
    print: 'Print',
    xlsx: 'XLSX',
  },
}

/** Today in the browser, `YYYY-MM-DD`. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Above the orders list: a day and a route, and the driver's list for them to print or download. */
export function DriverListPicker() {
  const { config } = useConfig()
  const language = useAdminLanguage()
  const texts = useAdminTexts(TEXTS)
  const api = `${config.serverURL}${config.routes.api}`
  const [date, setDate] = useState(today)
  const [route, setRoute] = useState('')
  const [routes, setRoutes] = useState<string[]>([])
  useEffect(() => {
    fetch(`${api}/documents/routes`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { routes: [] }))
      .then((body: { routes?: string[] }) => setRoutes(body.routes ?? []))
      .catch(() => setRoutes([]))
  }, [api])
  const url = (format: 'html' | 'xlsx') =>
    `${api}/documents/driver-list?${new URLSearchParams({
      date,
      format,
      lang: language,
      ...(route ? { route } : {}),
    })}`
  return (
    <div
      data-testid="driver-list"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 'calc(var(--base) / 2)',
        margin: '0 0 var(--base)',
      }}
    >
      <strong>{texts.title}</strong>
      <input
        aria-label={texts.date}
        type="date"
        value={date}
        required
        onChange={(event) => setDate(event.target.value)}
      />
      <select
        aria-label={texts.route}
        value={route}
        onChange={(event) => setRoute(event.target.value)}
      >
        <option value="">{texts.allRoutes}</option>
        {routes.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={NO_ROUTE}>{texts.noRoute}</option>
      </select>
      <DocumentLinks url={url} print={texts.print} xlsx={texts.xlsx} />
    </div>
  )
}
