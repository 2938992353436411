import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { callerFor, createKey, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { MAX_SAVED_FILTERS } from "@/shared/saved-filters";
import { createInnerContext } from "../trpc";
import { createApiV1Caller } from "../v1/root";

const apiCaller = (key: string) => createApiV1Caller(createInnerContext({ db, authorization: `Bearer ${key}` }));

async function orgWithDevices(serials: string[], roles: Parameters<typeof createOrgWithMembers>[0] = []) {
  const base = await createOrgWithMembers(roles);
  const owner = callerFor(base.owner.id);
  const orgSlug = base.org.slug;
  const sku = await owner.sku.create({ orgSlug, ...SKU_INPUT });
  const { devices } = await owner.device.register({ orgSlug, skuId: sku.id, devices: serials.map((serial) => ({ serial })) });
  return { ...base, owner, orgSlug, sku, devices };
}

describe("device tags", () => {
  it("normalises tags (trim, lowercase, dedupe, sorted) and audits what changed", async () => {
    const { owner, orgSlug, devices } = await orgWithDevices(["T-1"]);
    const id = devices[0]!.id;
    const result = await owner.device.setTags({ orgSlug, deviceId: id, tags: ["  Beta ", "EU", "eu", "line:3"] });
    expect(result).toEqual({ deviceId: id, tags: ["beta", "eu", "line:3"], changed: true });
    expect((await owner.device.get({ orgSlug, deviceId: id })).tags).toEqual(["beta", "eu", "line:3"]);
    expect((await owner.device.setTags({ orgSlug, deviceId: id, tags: ["eu", "beta", "line:3"] })).changed).toBe(false);
    await owner.device.setTags({ orgSlug, deviceId: id, tags: ["eu", "new"] });
    const audit = await owner.audit.list({ orgSlug, action: "device.tags_changed" });
    expect(audit.entries.map((e) => e.metadata)).toEqual([
      { added: ["new"], removed: ["beta", "line:3"] },
      { added: ["beta", "eu", "line:3"], removed: [] },
    ]);
  });

  it("refuses bad tags with clear messages and never more than 20", async () => {
    const { owner, orgSlug, devices } = await orgWithDevices(["T-1"]);
    const id = devices[0]!.id;
    await expectTRPCError(owner.device.setTags({ orgSlug, deviceId: id, tags: ["has space"] }), "BAD_REQUEST", /letters, digits/);
    await expectTRPCError(owner.device.setTags({ orgSlug, deviceId: id, tags: ["  "] }), "BAD_REQUEST", /Tag is empty/);
    await expectTRPCError(owner.device.setTags({ orgSlug, deviceId: id, tags: ["x".repeat(33)] }), "BAD_REQUEST", /at most 32/);
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    await expectTRPCError(owner.device.setTags({ orgSlug, deviceId: id, tags: many }), "BAD_REQUEST", /at most 20 tags/);
    await owner.device.setTags({ orgSlug, deviceId: id, tags: many.slice(0, 20) });
    await expectTRPCError(owner.device.changeTags({ orgSlug, deviceIds: [id], add: ["one-more"] }), "BAD_REQUEST", /more than 20 tags/);
    expect((await owner.device.get({ orgSlug, deviceId: id })).tags).toHaveLength(20);
  });

  it("filters the list by tags (every tag must match) and counts tags", async () => {
    const { owner, orgSlug, devices } = await orgWithDevices(["F-1", "F-2", "F-3"]);
    await owner.device.changeTags({ orgSlug, deviceIds: [devices[0]!.id, devices[1]!.id], add: ["eu"] });
    await owner.device.changeTags({ orgSlug, deviceIds: [devices[1]!.id, devices[2]!.id], add: ["beta"] });
    const serialsFor = async (tags: string[]) => (await owner.device.list({ orgSlug, tags, sort: "serial", direction: "asc" })).items.map((d) => d.serial);
    expect(await serialsFor(["eu"])).toEqual(["F-1", "F-2"]);
    expect(await serialsFor(["EU", "beta"])).toEqual(["F-2"]);
    expect(await serialsFor(["nobody"])).toEqual([]);
    expect(await owner.device.tags({ orgSlug })).toEqual([{ tag: "beta", devices: 2 }, { tag: "eu", devices: 2 }]);
  });

  it("bulk adds and removes on selected devices or on all matching a filter, one audit entry each with counts", async () => {
    const { owner, orgSlug, devices, org } = await orgWithDevices(["B-1", "B-2", "B-3", "C-1"]);
    const ids = devices.map((d) => d.id);
    expect(await owner.device.changeTags({ orgSlug, deviceIds: ids.slice(0, 2), add: ["eu"] })).toEqual({ matched: 2, added: 2, removed: 0 });
    // Devices that already carry the tag are not counted again.
    expect(await owner.device.changeTags({ orgSlug, deviceIds: ids.slice(0, 3), add: ["eu"] })).toEqual({ matched: 3, added: 1, removed: 0 });
    expect(await owner.device.changeTags({ orgSlug, filter: { search: "B-" }, add: ["batch-b"], remove: ["eu"] })).toEqual({ matched: 3, added: 3, removed: 3 });
    const rows = await db.device.findMany({ where: { orgId: org.id }, orderBy: { serial: "asc" }, select: { serial: true, tags: true } });
    expect(rows).toEqual([
      { serial: "B-1", tags: ["batch-b"] },
      { serial: "B-2", tags: ["batch-b"] },
      { serial: "B-3", tags: ["batch-b"] },
      { serial: "C-1", tags: [] },
    ]);
    const audit = await owner.audit.list({ orgSlug, action: "devices.tags_changed" });
    expect(audit.entries).toHaveLength(3);
    expect(audit.entries[0]?.metadata).toMatchObject({ add: ["batch-b"], remove: ["eu"], matched: 3, added: 3, removed: 3, scope: "filter" });
    await expectTRPCError(owner.device.changeTags({ orgSlug, deviceIds: [ids[0]!, "dev_missing"], add: ["x"] }), "NOT_FOUND");
    await expectTRPCError(owner.device.changeTags({ orgSlug, deviceIds: [ids[0]!], add: [] }), "BAD_REQUEST", /at least one tag/);
  });

  it("viewers can read tags but not change them", async () => {
    const { orgSlug, devices, members } = await orgWithDevices(["V-1"], ["VIEWER"]);
    const viewer = callerFor(members.VIEWER!.id);
    await expectTRPCError(viewer.device.setTags({ orgSlug, deviceId: devices[0]!.id, tags: ["x"] }), "FORBIDDEN");
    await expectTRPCError(viewer.device.changeTags({ orgSlug, filter: {}, add: ["x"] }), "FORBIDDEN");
    expect(await viewer.device.tags({ orgSlug })).toEqual([]);
  });

  it("registers devices with per-row tags (CSV) and refuses bad rows by index", async () => {
    const base = await createOrgWithMembers();
    const owner = callerFor(base.owner.id);
    const sku = await owner.sku.create({ orgSlug: base.org.slug, ...SKU_INPUT });
    const { devices } = await owner.device.register({ orgSlug: base.org.slug, skuId: sku.id, devices: [{ serial: "R-1", tags: ["EU", "beta"] }, { serial: "R-2" }] });
    expect((await owner.device.get({ orgSlug: base.org.slug, deviceId: devices[0]!.id })).tags).toEqual(["beta", "eu"]);
    expect((await owner.device.get({ orgSlug: base.org.slug, deviceId: devices[1]!.id })).tags).toEqual([]);
    await expectTRPCError(owner.device.register({ orgSlug: base.org.slug, skuId: sku.id, devices: [{ serial: "R-3" }, { serial: "R-4", tags: ["bad tag"] }] }), "BAD_REQUEST", /letters, digits/);
    expect(await db.device.count({ where: { orgId: base.org.id } })).toBe(2);
  });
});

describe("natural serial sort", () => {
  it("orders SN-2 before SN-10 both ways, and pages without gaps or repeats", async () => {
    const serials = ["SN-10", "SN-2", "SN-1", "SN-100", "SN-20", "A-9", "SN-3"];
    const { owner, orgSlug } = await orgWithDevices(serials);
    const asc = ["A-9", "SN-1", "SN-2", "SN-3", "SN-10", "SN-20", "SN-100"];
    const pageOf = async (page: number, direction: "asc" | "desc") =>
      (await owner.device.list({ orgSlug, sort: "serial", direction, page, pageSize: 3 })).items.map((d) => d.serial);
    expect([...(await pageOf(1, "asc")), ...(await pageOf(2, "asc")), ...(await pageOf(3, "asc"))]).toEqual(asc);
    expect([...(await pageOf(1, "desc")), ...(await pageOf(2, "desc")), ...(await pageOf(3, "desc"))]).toEqual([...asc].reverse());
  });
});

describe("saved filters", () => {
  it("saves, lists (per user), applies and deletes; keeps only known keys; limits the count", async () => {
    const { owner, orgSlug, members } = await orgWithDevices(["S-1"], ["VIEWER"]);
    const viewer = callerFor(members.VIEWER!.id);
    const saved = await viewer.device.saveFilter({ orgSlug, name: " EU beta ", query: "tags=eu%2Cbeta&status=active&page=4&evil=1" });
    expect(saved).toMatchObject({ name: "EU beta", query: "status=active&tags=eu%2Cbeta" });
    expect((await viewer.device.savedFilters({ orgSlug })).map((f) => f.name)).toEqual(["EU beta"]);
    expect(await owner.device.savedFilters({ orgSlug })).toEqual([]);
    await expectTRPCError(viewer.device.saveFilter({ orgSlug, name: "EU beta", query: "status=active" }), "CONFLICT", /already have a saved filter/);
    await expectTRPCError(viewer.device.saveFilter({ orgSlug, name: "empty", query: "page=2" }), "BAD_REQUEST", /Set a filter/);
    for (let i = 1; i < MAX_SAVED_FILTERS; i++) await viewer.device.saveFilter({ orgSlug, name: `View ${i}`, query: `q=S-${i}` });
    await expectTRPCError(viewer.device.saveFilter({ orgSlug, name: "one too many", query: "q=x" }), "PRECONDITION_FAILED", /at most 20 saved filters/);
    await viewer.device.deleteSavedFilter({ orgSlug, filterId: saved.id });
    await expectTRPCError(viewer.device.deleteSavedFilter({ orgSlug, filterId: saved.id }), "NOT_FOUND");
    expect(await viewer.device.savedFilters({ orgSlug })).toHaveLength(MAX_SAVED_FILTERS - 1);
  });
});

describe("device tags through /api/v1", () => {
  it("register with tags, setTags, addTags, removeTags, list filtered by tag; another org's key gets 404", async () => {
    const { org } = await createOrgWithMembers();
    const base = await createOrgWithMembers();
    const owner = callerFor(base.owner.id);
    const sku = await owner.sku.create({ orgSlug: base.org.slug, ...SKU_INPUT });
    const api = apiCaller((await createKey(base.org.id, ["devices:write"])).key);
    const { devices } = await api.devices.register({ skuId: sku.id, serials: ["V1-1", "V1-2"], tags: ["Fleet-A"] });
    const [a, b] = devices.map((d) => d.id) as [string, string];
    // Registered together, so in no particular order among themselves.
    const tagged = (await api.devices.list({ tags: ["fleet-a"], limit: 10 })).items.map((d) => [d.serial, d.tags]);
    expect(tagged.sort()).toEqual([
      ["V1-1", ["fleet-a"]],
      ["V1-2", ["fleet-a"]],
    ]);
    expect(await api.devices.setTags({ deviceId: a, tags: ["eu"] })).toEqual({ deviceId: a, tags: ["eu"], changed: true });
    expect(await api.devices.addTags({ deviceIds: [a, b], tags: ["beta"] })).toEqual({ matched: 2, added: 2, removed: 0 });
    expect(await api.devices.removeTags({ deviceIds: [b], tags: ["fleet-a"] })).toEqual({ matched: 1, added: 0, removed: 1 });
    expect((await api.devices.list({ tags: ["beta"], limit: 10 })).items.map((d) => d.tags).sort()).toEqual([["beta"], ["beta", "eu"]]);
    const intruder = apiCaller((await createKey(org.id, ["devices:write"])).key);
    await expect(intruder.devices.setTags({ deviceId: a, tags: ["x"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(intruder.devices.addTags({ deviceIds: [a], tags: ["x"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(intruder.devices.removeTags({ deviceIds: [a], tags: ["beta"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await intruder.devices.list({ tags: ["beta"], limit: 10 })).items).toEqual([]);
  });
});
