/** The configuration pages of one SKU. */
export function configPaths(orgSlug: string, skuId: string) {
  const sku = `/o/${orgSlug}/skus/${encodeURIComponent(skuId)}`;
  return { sku, composer: `${sku}/config`, versions: `${sku}/config/versions`, rollouts: `${sku}/config/rollouts` };
}
