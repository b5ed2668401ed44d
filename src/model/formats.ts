// Value formats the spec names by reference (RFC 3339, the ref.name grammar).

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** RFC 3339 section 5.6 date-time, with real ranges for each field (leap second allowed). */
export function isRfc3339DateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[10] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return false;
  return true;
}

const REVERSE_DNS = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+[.\-/]?/;

/** An annotation key in reverse domain notation (annotations.md, runtime config.md#annotations). */
export function isReverseDomainKey(key: string): boolean {
  return REVERSE_DNS.test(key);
}

const REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;

/** The `org.opencontainers.image.ref.name` grammar from annotations.md. */
export function isRefName(value: string): boolean {
  return REF_NAME.test(value);
}
