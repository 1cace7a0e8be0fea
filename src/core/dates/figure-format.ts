/**
 * A month's or a day's format as a text writes its figure: padded (`MM`, `DD`) where it writes two
 * (`07`, `14`), else unpadded (`M`, `D`). (Two figures over 9 read the same either way; see
 * unpaddedPattern for where that is told.)
 */
export function figureFormat(figure: string, unit: 'M' | 'D'): string {
  return figure.length === 2 ? unit + unit : unit;
}
