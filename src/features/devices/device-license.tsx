import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import type { DeviceDetail } from "./device-meta";

type DeviceRef = { id: string; serial: string };

/** Whether the device holds a license seat, and since when. */
export function LicenseSeatState({ device }: { device: DeviceDetail }) {
  if (device.replacedBy) return <>Moved to its replacement</>;
  if (device.licensedAt) return <>
        Holds a seat since <DateTime value={device.licensedAt} />
      </>;
  return <span className="text-slate-600">No seat yet — takes one at first boot</span>;
}

/** The devices this one was swapped with in an RMA transfer, linked. */
export function RmaLinks({ orgSlug, device }: { orgSlug: string; device: DeviceDetail }) {
  return (
    <span className="flex flex-col gap-0.5">
      {device.replacedBy ? (
        <span>
          Replaced by <DeviceLink orgSlug={orgSlug} device={device.replacedBy} />
        </span>
      ) : null}
      {device.replacementFor ? (
        <span>
          Replacement for <DeviceLink orgSlug={orgSlug} device={device.replacementFor} />
        </span>
      ) : null}
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
