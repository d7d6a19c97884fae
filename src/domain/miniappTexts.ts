import { isLanguage, type Language, type Texts } from './languages'

/** Every text the Mini App shows; `Texts` makes a language without one of them fail to compile. */
export type MiniappTextKey =
  | 'title'
  | 'loading'
  | 'notInTelegramTitle'
  | 'notInTelegramBody'
  | 'notInTelegramHint'
  | 'loadFailed'
  | 'retry'
  | 'search'
  | 'allCategories'
  | 'nothingFound'
  | 'yourPrice'
  | 'add'
  | 'minimum'
  | 'outOfStock'
  | 'cart'
  | 'cartEmpty'
  | 'total'
  | 'toCheckout'
  | 'checkout'
  | 'fulfillment'
  | 'day'
  | 'noDays'
  | 'address'
  | 'addressPlaceholder'
  | 'savedAddress'
  | 'useLocation'
  | 'locationSet'
  | 'locationUnavailable'
  | 'comment'
  | 'payment'
  | 'payCard'
  | 'payOnDelivery'
  | 'placeOrder'
  | 'addressNeeded'
  | 'cannotOrder'
  | 'orderPlaced'
  | 'order'
  | 'status'
  | 'pay'
  | 'paid'
  | 'cancel'
  | 'repeat'
  | 'myOrders'
  | 'noOrders'
  | 'catalog'
  | 'back'
  | 'repeated'
  | 'noLongerOnSale'

export const MINIAPP_TEXTS: Texts<MiniappTextKey> = {
  ru: {
    title: 'Магазин',
    loading: 'Загрузка…',
    notInTelegramTitle: 'Откройте магазин в Telegram',
    notInTelegramBody:
      'Эта страница — мини-приложение Telegram. Откройте её кнопкой «Магазин» в чате с ботом.',
    notInTelegramHint:
      'Для разработки: откройте страницу с параметрами запуска в адресе (#tgWebAppData=…), как описано в README.',
    loadFailed: 'Не удалось загрузить данные',
    retry: 'Повторить',
    search: 'Поиск',
    allCategories: 'Все',
    nothingFound: 'Ничего не найдено',
    yourPrice: 'ваша цена',
    add: 'В корзину',
    minimum: 'от',
    outOfStock: 'Нет в наличии',
    cart: 'Корзина',
    cartEmpty: 'Корзина пуста',
    total: 'Итого',
    toCheckout: 'Оформить',
    checkout: 'Оформление заказа',
    fulfillment: 'Получение',
    day: 'День',
    noDays: 'Сейчас нет дней для заказа',
    address: 'Адрес',
    addressPlaceholder: 'Улица, дом, ориентир',
    savedAddress: 'Сохранённый адрес',
    useLocation: 'Моё местоположение',
    locationSet: 'Местоположение добавлено',
    locationUnavailable: 'Местоположение недоступно',
    comment: 'Комментарий',
    payment: 'Оплата',
    payCard: 'Картой',
    payOnDelivery: 'При получении',
    placeOrder: 'Заказать',
    addressNeeded: 'Укажите адрес доставки',
    cannotOrder: 'Заказ сейчас невозможен',
    orderPlaced: 'Заказ оформлен',
    order: 'Заказ',
    status: 'Статус',
    pay: 'Оплатить картой',
    paid: 'Оплачен',
    cancel: 'Отменить',
    repeat: 'Повторить заказ',
    myOrders: 'Мои заказы',
    noOrders: 'Заказов пока нет',
    catalog: 'Каталог',
    back: 'Назад',
    repeated: 'Товары добавлены в корзину',
    noLongerOnSale: 'больше не продаются',
  },
  uz: {
    title: "Do'kon",
    loading: 'Yuklanmoqda…',
    notInTelegramTitle: "Do'konni Telegramda oching",
    notInTelegramBody:
      "Bu sahifa Telegram mini ilovasi. Uni bot bilan chatdagi «Do'kon» tugmasi orqali oching.",
    notInTelegramHint:
      'Ishlab chiqish uchun: sahifani manzilida ishga tushirish parametrlari bilan oching (#tgWebAppData=…), README’dagi kabi.',
    loadFailed: "Ma'lumotlarni yuklab bo'lmadi",
    retry: 'Qayta urinish',
    search: 'Qidirish',
    allCategories: 'Hammasi',
    nothingFound: 'Hech narsa topilmadi',
    yourPrice: 'sizning narxingiz',
    add: "Savatga qo'shish",
    minimum: 'kamida',
    outOfStock: 'Mavjud emas',
    cart: 'Savat',
    cartEmpty: "Savat bo'sh",
    total: 'Jami',
    toCheckout: 'Rasmiylashtirish',
    checkout: 'Buyurtmani rasmiylashtirish',
    fulfillment: 'Qabul qilish',
    day: 'Kun',
    noDays: "Hozir buyurtma uchun kun yo'q",
    address: 'Manzil',
    addressPlaceholder: "Ko'cha, uy, mo'ljal",
    savedAddress: 'Saqlangan manzil',
    useLocation: 'Mening joylashuvim',
    locationSet: "Joylashuv qo'shildi",
    locationUnavailable: 'Joylashuv mavjud emas',
    comment: 'Izoh',
    payment: "To'lov",
    payCard: 'Karta bilan',
    payOnDelivery: 'Qabul qilganda',
    placeOrder: 'Buyurtma berish',
    addressNeeded: 'Yetkazib berish manzilini kiriting',
    cannotOrder: "Hozir buyurtma berib bo'lmaydi",
    orderPlaced: 'Buyurtma qabul qilindi',
    order: 'Buyurtma',
    status: 'Holat',
    pay: "Karta bilan to'lash",
    paid: "To'langan",
    cancel: 'Bekor qilish',
    repeat: 'Buyurtmani takrorlash',
    myOrders: 'Buyurtmalarim',
    noOrders: "Hali buyurtmalar yo'q",
    catalog: 'Katalog',
    back: 'Orqaga',
    repeated: "Mahsulotlar savatga qo'shildi",
    noLongerOnSale: 'endi sotilmaydi',
  },
  en: {
    title: 'Shop',
    loading: 'Loading…',
    notInTelegramTitle: 'Open the shop in Telegram',
    notInTelegramBody:
      'This page is a Telegram Mini App. Open it with the "Shop" button in the chat with the bot.',
    notInTelegramHint:
      'For development: open the page with launch parameters in its address (#tgWebAppData=…), as the README describes.',
    loadFailed: 'Could not load the data',
    retry: 'Try again',
    search: 'Search',
    allCategories: 'All',
    nothingFound: 'Nothing found',
    yourPrice: 'your price',
    add: 'Add to cart',
    minimum: 'from',
    outOfStock: 'Out of stock',
    cart: 'Cart',
    cartEmpty: 'The cart is empty',
    total: 'Total',
    toCheckout: 'Checkout',
    checkout: 'Checkout',
    fulfillment: 'How to receive',
    day: 'Day',
    noDays: 'No day can be ordered for now',
    address: 'Address',
    addressPlaceholder: 'Street, house, landmark',
    savedAddress: 'Saved address',
    useLocation: 'My location',
    locationSet: 'Location added',
    locationUnavailable: 'Location is not available',
    comment: 'Comment',
    payment: 'Payment',
    payCard: 'By card',
    payOnDelivery: 'On delivery',
    placeOrder: 'Place order',
    addressNeeded: 'Enter the delivery address',
    cannotOrder: 'Ordering is not possible now',
    orderPlaced: 'Order placed',
    order: 'Order',
    status: 'Status',
    pay: 'Pay by card',
    paid: 'Paid',
    cancel: 'Cancel',
    repeat: 'Repeat order',
    myOrders: 'My orders',
    noOrders: 'No orders yet',
    catalog: 'Catalog',
    back: 'Back',
    repeated: 'The items are in the cart',
    noLongerOnSale: 'no longer on sale',
  },
}

/** The app's language from Telegram's `language_code` ("uz", "ru-RU", "en"); Russian otherwise, as the bakery's customers mostly read it. */
export function miniappLanguage(languageCode: string | null | undefined): Language {
  const base = languageCode?.toLowerCase().split(/[-_]/)[0]
  return isLanguage(base) ? base : 'ru'
}

/** A calendar day (YYYY-MM-DD) as the reader says it: "Пн, 3 июн." / "Du, 3-iyun" / "Mon, Jun 3". */
export function formatDay(day: string, language: Language): string {
  const [year, month, date] = day.split('-').map(Number)
  const at = new Date(Date.UTC(year, month - 1, date))
  const weekday = WEEKDAYS[language][at.getUTCDay()]
  const monthName = MONTHS[language][month - 1]
  if (language === 'en') return `${weekday}, ${monthName} ${date}`
  if (language === 'uz') return `${weekday}, ${date}-${monthName}`
  return `${weekday}, ${date} ${monthName}`
}

// Written out rather than from Intl: Chromium and Node ship no Uzbek month names in small ICU builds.
const WEEKDAYS: Record<Language, string[]> = {
  ru: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
  uz: ['Ya', 'Du', 'Se', 'Ch', 'Pa', 'Ju', 'Sh'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
}
const MONTHS: Record<Language, string[]> = {
  ru: [
    'янв.',
    'февр.',
    'мар.',
    'апр.',
    'мая',
    'июн.',
    'июл.',
    'авг.',
    'сент.',
    'окт.',
    'нояб.',
    'дек.',
  ],
  uz: [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avgust',
    'sentabr',
    'oktabr',
    'noyabr',
    'dekabr',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}
