/** A browser tab as plain data; `url` and `title` are absent where the browser withholds them. */
export interface TabInfo {
  id: number | undefined;
  url: string | undefined;
  title: string | undefined;
}
