/** True for a non-null object: the first check on anything that arrives from another context or storage. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
