/** What most of `values` say: undefined where there are none, or as many say yes as no. */
export function majority(values: readonly boolean[]): boolean | undefined {
  if (values.length === 0) return undefined;
  const yes = values.filter(Boolean).length;
  return yes * 2 === values.length ? undefined : yes * 2 > values.length;
}
