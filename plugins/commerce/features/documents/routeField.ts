import type { TextField } from 'payload'
import { routeOf } from '@/domain/driverList'

export const MAX_ROUTE = 60

/** The delivery route a manager puts a client on; the driver's list groups the day's orders by it. */
export const routeField: TextField = {
  name: 'route',
  type: 'text',
  index: true,
  maxLength: MAX_ROUTE,
  label: { ru: 'Маршрут', uz: "Yo'nalish", en: 'Route' },
  admin: {
    position: 'sidebar',
    description: {
      ru: 'Маршрут доставки, например «Чиланзар»: маршрутный лист группирует заказы дня по нему.',
      uz: "Yetkazish yo'nalishi, masalan «Chilonzor»: yo'l varaqasi kunning buyurtmalarini shu bo'yicha guruhlaydi.",
      en: "The delivery route, e.g. “Chilonzor”: the driver's list groups the day's orders by it.",
    },
  },
  hooks: { beforeValidate: [({ value }) => routeOf(typeof value === 'string' ? value : null)] },
}
