/** Orders strings by UTF-16 code units: the same order on every machine and locale, and many times
 * cheaper than localeCompare (which showed in the profile when sorting 42,000 blob names). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
