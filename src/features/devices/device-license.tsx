import { useTranslations } from "next-intl";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { DeviceDetail } from "./device-meta";

type DeviceRef = { id: string; serial: string };

/** Whether the device holds a license seat, and since when. */
export function LicenseSeatState({ device }: { device: DeviceDetail }) {
  const t = useTranslations("devices.license");
  if (device.replacedBy) return <>{t("moved")}</>;
  const licensedAt = device.licensedAt;
  if (licensedAt) return <>{t.rich("holds", { time: () => <DateTime value={licensedAt} /> })}</>;
  return <span className="text-slate-600">{t("noSeat")}</span>;
}

/** The devices this one was swapped with in an RMA transfer, linked. */
export function RmaLinks({ orgSlug, device }: { orgSlug: string; device: DeviceDetail }) {
  const t = useTranslations("devices.license");
  const { replacedBy, replacementFor } = device;
  return (
    <span className="flex flex-col gap-0.5">
      {replacedBy ? <span>{t.rich("replacedBy", { link: () => <DeviceLink orgSlug={orgSlug} device={replacedBy} /> })}</span> : null}
      {replacementFor ? <span>{t.rich("replacementFor", { link: () => <DeviceLink orgSlug={orgSlug} device={replacementFor} /> })}</span> : null}
    </span>
  );
}

function DeviceLink({ orgSlug, device }: { orgSlug: string; device: DeviceRef }) {
  return (
    <Link href={`/o/${orgSlug}/devices/${device.id}`} className="font-mono text-brand-700 hover:underline">
      {device.serial}
    </Link>
  );
}
