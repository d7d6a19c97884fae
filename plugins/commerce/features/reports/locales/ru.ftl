morning-empty = На { $date } заказов нет.
morning-title = Сводка на { $date }
morning-orders = Заказов: { $count }, на сумму { $total }
morning-delivery = 🚚 Доставка: { $count }, { $total }
morning-pickup = 🏪 Самовывоз: { $count }, { $total }
morning-products = Испечь:
morning-product = • { $name }: { $quantity } { $unit } (доставка { $delivery }, самовывоз { $pickup })
