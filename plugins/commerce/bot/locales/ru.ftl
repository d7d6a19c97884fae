help = Я умею:
help-always = /start — начать, /language — сменить язык, /cancel — прервать текущее действие
unknown-button = Эта кнопка больше не действует. Нажмите /start, чтобы начать заново.
error = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту.
button-delivery = 🚚 Доставка
button-pickup = 🏪 Самовывоз
order-summary-total = Итого: { $total }
order-summary-when = { $fulfillment }, { $date }
order-summary-address = Адрес: { $address }
order-summary-comment = Комментарий: { $comment }
order-summary-changed = С этой сводки заказ изменился. Вот текущая.
status-new = Новый
status-accepted = Принят
status-preparing = Готовится
status-on_the_way = В пути
status-delivered = Доставлен
status-ready = Готов к выдаче
status-given = Выдан
status-cancelled = Отменён
not-your-order = Этого заказа нет в вашем списке.
field-name = Организация
field-contactName = Контактное лицо
field-phone = Телефон
field-inn = ИНН
field-mfo = МФО
field-bankAccount = Расчётный счёт
field-bankName = Банк
field-legalAddress = Юридический адрес
field-deliveryAddress = Адрес доставки
field-vatRegCode = Код плательщика НДС
field-empty = —
staff-only = Эта команда недоступна.
button-pay = 💳 Оплатить { $amount }
# One line of an order in every message.
order-line = • { $product } × { $quantity } = { $total }
# The Mini App shop: the menu button, /shop and its inline button.
shop-button = Магазин
shop-open = Каталог, корзина и ваши заказы — в магазине прямо в Telegram.
shop-unavailable = Магазин в Telegram пока не открыт. Закажите здесь: /order
shop-help = /shop — открыть магазин

# The catalog's out-of-stock mark and its "notify me" button (the stock feature answers it).
stock-out-mark = нет в наличии
stock-out-of-stock = { $product } сейчас нет в наличии. Сообщить, когда появится?
button-notify-back = 🔔 Сообщить о поступлении
