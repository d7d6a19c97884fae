stock-watch-saved = Хорошо, сообщим, когда товар появится.
stock-already-back = Товар уже в наличии: выберите его в /order.
stock-product-gone = Этот товар больше не продаётся.
stock-register-first = Сначала зарегистрируйтесь: /start
stock-back-in-stock = 🔔 { $product } снова в наличии. Заказать: /order
stock-pull-failing = ⚠️ Склад не отвечает: { $count } неудачные синхронизации подряд. Остатки — последние полученные. Ошибка: { $error }
