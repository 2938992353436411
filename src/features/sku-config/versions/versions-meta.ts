/** Ticking a version adds it to the comparison; a third tick replaces the oldest. */
export function toggleCompared(compared: readonly number[], version: number): number[] {
  if (compared.includes(version)) return compared.filter((candidate) => candidate !== version);
  return [...compared, version].slice(-2);
}

/** "PIP-2-config-v3.json" */
export function deviceConfigFilename(skuCode: string, version: number): string {
  return `${skuCode}-config-v${version}.json`;
}
