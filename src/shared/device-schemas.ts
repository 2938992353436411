import { z } from "zod";
import { ZTagList } from "./device-tags";
import { ZDevicePublicKey } from "./device-public-key";
import { schemaMessage, schemaMessageWith } from "@/shared/schema-message";

export const MAX_SERIALS_PER_REQUEST = 10_000;
export const DEVICE_STATUSES = ["provisioned", "active", "suspended", "revoked"] as const;
/** The device search (a serial or an id, or their start): the list's input and the search fields' maxLength. */
export const DEVICE_SEARCH_MAX_LENGTH = 64;

/** Factory serials: 1–64 characters, letters, digits and . _ : / - (no spaces or commas). */
export const ZSerial = z
  .string(schemaMessage("Serials are strings."))
  .trim()
  .min(1, schemaMessage("Serial is empty."))
  .max(64, schemaMessage("Serials are at most 64 characters."))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, schemaMessage("Serials start with a letter or digit and use only letters, digits and . _ : / -"));

const duplicateSerial = schemaMessageWith('Duplicate serial "{serial}" (same as row {row}).');
const unlistedKey = schemaMessageWith('publicKeys names "{serial}", which is not in serials.');

/** Flags serials that appear more than once, on every repeated row, naming the first. */
function refineUniqueSerials(serials: string[], ctx: z.RefinementCtx, path: (index: number) => (string | number)[]) {
  const firstSeen = new Map<string, number>();
  serials.forEach((serial, index) => {
    const first = firstSeen.get(serial);
    if (first === undefined) firstSeen.set(serial, index);
    else ctx.addIssue({ code: "custom", path: path(index), message: duplicateSerial({ serial, row: first + 1 }) });
  });
}

const ZSerialList = z
  .array(ZSerial, schemaMessage("serials must be an array of strings."))
  .min(1, schemaMessage("Give at least one serial."))
  .max(MAX_SERIALS_PER_REQUEST, schemaMessage(`At most ${MAX_SERIALS_PER_REQUEST.toLocaleString("en")} serials per request.`));

/** Manufacturer API input: serials, and (key mode, an extension) public keys by serial. */
export const ZRegisterSerialsInput = z
  .object({
    skuId: z.string(schemaMessage("skuId is required.")).min(1).max(64),
    serials: ZSerialList.superRefine((serials, ctx) => refineUniqueSerials(serials, ctx, (i) => [i])),
    publicKeys: z.record(z.string(), ZDevicePublicKey, schemaMessage("publicKeys must be an object: { \"<serial>\": \"<public key>\" }.")).optional(),
  })
  .superRefine(({ serials, publicKeys }, ctx) => {
    const listed = new Set(serials);
    for (const serial of Object.keys(publicKeys ?? {})) {
      if (!listed.has(serial)) ctx.addIssue({ code: "custom", path: ["publicKeys", serial], message: unlistedKey({ serial }) });
    }
  });

export const ZDeviceRow = z.object({
  serial: ZSerial,
  label: z.string().trim().max(100, schemaMessage("Labels are at most 100 characters.")).optional(),
  batch: z.string().trim().max(64, schemaMessage("Batch names are at most 64 characters.")).optional(),
  /** device groups (a CSV's `tags` column) */
  tags: ZTagList.optional(),
});

/** Console input: serials with optional label and batch (e.g. from a CSV). */
export const ZRegisterDevicesInput = z.object({
  skuId: z.string().min(1).max(64),
  devices: z
    .array(ZDeviceRow)
    .min(1, schemaMessage("Give at least one device."))
    .max(MAX_SERIALS_PER_REQUEST, schemaMessage(`At most ${MAX_SERIALS_PER_REQUEST.toLocaleString("en")} devices per request.`))
    .superRefine((rows, ctx) => refineUniqueSerials(rows.map((row) => row.serial), ctx, (i) => [i, "serial"])),
});
export type TRegisterDevicesInput = z.infer<typeof ZRegisterDevicesInput>;

/** Console input for key-mode devices: each row names the device's Ed25519 public key; no secret is issued. */
export const ZRegisterKeyedDevicesInput = ZRegisterDevicesInput.extend({
  devices: z
    .array(ZDeviceRow.extend({ publicKey: ZDevicePublicKey }))
    .min(1, schemaMessage("Give at least one device."))
    .max(MAX_SERIALS_PER_REQUEST, schemaMessage(`At most ${MAX_SERIALS_PER_REQUEST.toLocaleString("en")} devices per request.`))
    .superRefine((rows, ctx) => refineUniqueSerials(rows.map((row) => row.serial), ctx, (i) => [i, "serial"])),
});

export const ZDeviceId = z.string(schemaMessage("deviceId is required.")).min(1, schemaMessage("deviceId is required.")).max(64);

export const STATUS_ACTIONS = ["suspend", "resume", "revoke"] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];
