/** English month names, as titles and date formats (`MMMM`, `MMM`) write them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A month's name or its abbreviation (`May`, `Apr`, `Sept.`), any case, as a regular expression's source. */
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** The month (1–12) a name or abbreviation stands for; undefined for anything else. */
export function monthOfName(name: string): number | undefined {
  // Read by its first three letters, as dates are written in any spelling of the month.
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key));
  return key.length === 3 && index !== -1 ? index + 1 : undefined;
}

/** How a title writes a month: its full name (`MMMM`) or the first three letters (`MMM`). */
export function monthToken(written: string): 'MMMM' | 'MMM' {
  const month = monthOfName(written);
  return month !== undefined && MONTH_NAMES[month - 1]?.toLowerCase() === written.toLowerCase() ? 'MMMM' : 'MMM';
}
