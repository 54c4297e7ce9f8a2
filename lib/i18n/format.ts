/** Dates outside React (emails, certificate PDFs), formatted for the reader's language. */
export function longDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
