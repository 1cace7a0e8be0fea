/**
 * Month names in the languages digests are written in besides English (see month-names.ts), as
 * they stand with a day (`5. Dezember 2026`, `5 декабря 2026`: where a language declines the
 * month after a day, that form), in lower case. Written out here rather than asked of `Intl`:
 * what a browser's locale data holds differs between engines and versions, and a title must be
 * read and written the same way in the popup, the options page and the command line.
 */
export const LOCAL_MONTH_NAMES = {
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
} as const satisfies Record<string, readonly string[]>;

export type MonthLanguage = keyof typeof LOCAL_MONTH_NAMES;

/** The same languages' weekday names from Sunday, as each writes them in a day's heading (`Montag, 5. Dezember`). */
export const LOCAL_WEEKDAY_NAMES: Readonly<Record<MonthLanguage, readonly string[]>> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  pt: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  pl: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  uk: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
  tr: ['Pazar', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'],
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
};

/** The languages in the order a name they share is read in, where nothing else tells them apart. */
const LANGUAGES = Object.keys(LOCAL_MONTH_NAMES) as MonthLanguage[];

/**
 * Languages whose month stands alone as it does after a day (`Dezember 2026` as `5. Dezember`);
 * Polish, Russian and Ukrainian decline it after a day (`5 декабря`, but `Декабрь 2026`).
 */
export const UNDECLINED_LANGUAGES: readonly MonthLanguage[] = LANGUAGES.filter((l) => !['pl', 'ru', 'uk'].includes(l));

/** Languages that write a month's name with a capital, wherever it stands. */
const CAPITALIZED: ReadonlySet<MonthLanguage> = new Set(['de', 'tr', 'id']);

/**
 * Small words that tell languages sharing a month's name apart (`novembre` is French and
 * Italian; `Settimana del 28 novembre` is Italian).
 */
const LANGUAGE_WORDS: Partial<Record<MonthLanguage, readonly string[]>> = {
  de: ['der', 'die', 'das', 'vom', 'von', 'und', 'im', 'am', 'woche', 'ausgabe'],
  fr: ['le', 'la', 'les', 'du', 'des', 'au', 'et', 'semaine', 'numéro', 'lettre'],
  es: ['el', 'los', 'las', 'del', 'y', 'semana', 'número', 'boletín'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'e', 'semana', 'edição', 'boletim'],
  it: ['il', 'lo', 'gli', 'del', 'della', 'dei', 'di', 'settimana', 'numero'],
  nl: ['het', 'van', 'en', 'nieuwsbrief'],
  sv: ['och', 'vecka', 'veckan', 'av', 'nyhetsbrev'],
};

/** Any language's month name here, as a regular expression's source (to be read case-insensitively, `u`). */
export const LOCAL_MONTH_NAME = `(?:${[...new Set(Object.values(LOCAL_MONTH_NAMES).flat())].sort((a, b) => b.length - a.length).join('|')})`;

/** A month's name as a language writes it with a day, in the case asked for. */
export function localMonthName(language: MonthLanguage, month: number, capital: boolean): string | undefined {
  const name = LOCAL_MONTH_NAMES[language][month - 1];
  if (name === undefined) return undefined;
  return capital ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
}

/** Whether a language writes months with a capital (`Dezember`), not in lower case (`décembre`). */
export function capitalizesMonths(language: MonthLanguage): boolean {
  return CAPITALIZED.has(language);
}

/** Whether a text holds one of a language's small words (`vom`, `du`, `del`: see LANGUAGE_WORDS). */
export function holdsLanguageWords(text: string, language: MonthLanguage): boolean {
  const words = new Set(text.toLocaleLowerCase().split(/[^\p{L}]+/u));
  return (LANGUAGE_WORDS[language] ?? []).some((w) => words.has(w));
}

/** The month (1–12) and language a word names, told apart by the text it stands in; undefined for no month. */
export function readLocalMonth(word: string, text: string): { month: number; language: MonthLanguage } | undefined {
  const key = word.toLocaleLowerCase();
  const found = LANGUAGES.flatMap((language) => {
    const index = (LOCAL_MONTH_NAMES[language] as readonly string[]).indexOf(key);
    return index === -1 ? [] : [{ month: index + 1, language }];
  });
  if (found.length <= 1) return found[0];
  const words = new Set(text.toLocaleLowerCase().split(/[^\p{L}]+/u));
  const capital = word !== key;
  const score = (language: MonthLanguage): number =>
    (LANGUAGE_WORDS[language] ?? []).filter((w) => words.has(w)).length + (capitalizesMonths(language) === capital ? 0.5 : 0);
  // Stable: languages that score alike keep their order.
  return found.reduce((best, next) => (score(next.language) > score(best.language) ? next : best));
}

/** Whether a text is a language's code that `localMonthName` knows. */
export function isMonthLanguage(text: string): text is MonthLanguage {
  return Object.hasOwn(LOCAL_MONTH_NAMES, text);
}
