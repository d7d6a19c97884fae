help = Men yordam bera olaman:
help-always = /start — boshlash, /language — tilni o'zgartirish, /cancel — joriy amalni to'xtatish
unknown-button = Bu tugma endi amal qilmaydi. Qaytadan boshlash uchun /start ni bosing.
error = Kechirasiz, bizda nimadir xato ketdi. Bir daqiqadan keyin qayta urinib ko'ring.
button-delivery = 🚚 Yetkazib berish
button-pickup = 🏪 Olib ketish
order-summary-total = Jami: { $total }
order-summary-when = { $fulfillment }, { $date }
order-summary-address = Manzil: { $address }
order-summary-comment = Izoh: { $comment }
order-summary-changed = Bu xulosadan keyin buyurtma o'zgardi. Mana hozirgisi.
status-new = Yangi
status-accepted = Qabul qilingan
status-preparing = Tayyorlanmoqda
status-on_the_way = Yo'lda
status-delivered = Yetkazilgan
status-ready = Olib ketishga tayyor
status-given = Topshirilgan
status-cancelled = Bekor qilingan
not-your-order = Bu buyurtma sizning ro'yxatingizda yo'q.
field-name = Tashkilot
field-contactName = Mas'ul shaxs
field-phone = Telefon
field-inn = STIR
field-mfo = MFO
field-bankAccount = Hisob raqami
field-bankName = Bank
field-legalAddress = Yuridik manzil
field-deliveryAddress = Yetkazib berish manzili
field-vatRegCode = QQS to'lovchi kodi
field-empty = —
staff-only = Bu buyruq mavjud emas.
button-pay = 💳 To'lash { $amount }
# One line of an order in every message.
order-line = • { $product } × { $quantity } = { $total }
# The Mini App shop: the menu button, /shop and its inline button.
shop-button = Do'kon
shop-open = Katalog, savat va buyurtmalaringiz — to'g'ridan-to'g'ri Telegram ichidagi do'konda.
shop-unavailable = Telegram ichidagi do'kon hali ochilmagan. Shu yerda buyurtma bering: /order
shop-help = /shop — do'konni ochish

# The catalog's out-of-stock mark and its "notify me" button (the stock feature answers it).
stock-out-mark = mavjud emas
stock-out-of-stock = { $product } hozir mavjud emas. Kelganda xabar beraylikmi?
button-notify-back = 🔔 Kelganda xabar berish
