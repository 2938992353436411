import { csvCell, csvLines } from "@/lib/csv";

export type ManifestDevice = { id: string; serial: string; secret: string; label: string | null; batch: string | null; tags?: string[] };

const MANIFEST_HEADER = ["serial", "deviceId", "secret", "label", "batch", "tags"] as const;

/**
 * The factory manifest: what the production line flashes into each device. Serials,
 * deviceIds and secrets come from fixed safe alphabets and must survive byte for byte
 * (a secret may start with "-"), so only the free-text label and batch are guarded
 * against spreadsheet formula injection.
 */
export function manifestCsv(devices: readonly ManifestDevice[]): string {
  return csvLines([
    [...MANIFEST_HEADER],
    ...devices.map((device) => [
      csvCell(device.serial, false),
      csvCell(device.id, false),
      csvCell(device.secret, false),
      csvCell(device.label),
      csvCell(device.batch),
      // `;`-separated, as the import reads them; tags use a safe alphabet (no formula can start with one).
      csvCell((device.tags ?? []).join(";"), false),
    ]),
  ]);
}

/** `anima-manifest-<sku>-<yyyy-mm-dd-hhmm>.csv`, so several downloads of a day do not collide. */
export function manifestFilename(skuCode: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  const safeCode = skuCode.replace(/[^A-Za-z0-9._-]/g, "_");
  return `anima-manifest-${safeCode}-${stamp}.csv`;
}
