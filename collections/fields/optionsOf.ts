/** Select options labelled from their stored values: `on_the_way` reads "On the way". */
export function optionsOf(values: readonly string[]): { label: string; value: string }[] {
  return values.map((value) => ({
    label: value[0].toUpperCase() + value.slice(1).replaceAll('_', ' '),
    value,
  }))
}
