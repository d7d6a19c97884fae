pricelist-title = Ваши цены на сегодня:
pricelist-base = { $name } — { $price } за { $unit }
pricelist-own = ★ { $name } — { $price } за { $unit }
pricelist-own-note = ★ ваша договорная цена
pricelist-empty = Сейчас ничего не продаётся.
pricelist-register-first = Сначала зарегистрируйтесь: нажмите /start.
help-pricelist = /pricelist — ваши цены на сегодня
