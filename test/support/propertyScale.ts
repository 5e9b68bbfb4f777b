// How many times over the property tests run their default number of cases (property.test.ts).

/** The largest scale taken: 10 000 times the default runs for hours. */
export const MAX_PROPERTY_SCALE = 10_000;

/**
 * The scale asked for in CS_NOTE_PROPERTY_SCALE: 1 when unset, so `npm test` stays fast;
 * `npm run test:property:long` sets it for a longer search (fast-check draws new cases on every run).
 */
export function propertyScale(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const scale = Number(value);
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_PROPERTY_SCALE) {
    throw new Error(`CS_NOTE_PROPERTY_SCALE must be a whole number from 1 to ${MAX_PROPERTY_SCALE}, not "${value}"`);
  }
  return scale;
}
