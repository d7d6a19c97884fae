morning-empty = { $date } uchun buyurtmalar yo'q.
morning-title = { $date } uchun hisobot
morning-orders = Buyurtmalar: { $count }, jami { $total }
morning-delivery = 🚚 Yetkazib berish: { $count }, { $total }
morning-pickup = 🏪 Olib ketish: { $count }, { $total }
morning-products = Pishirish kerak:
morning-product = • { $name }: { $quantity } { $unit } (yetkazish { $delivery }, olib ketish { $pickup })
