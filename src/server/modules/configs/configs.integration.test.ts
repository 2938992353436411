import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { callerFor, createKey, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { setCatalogItemDisabled } from "./catalog-state";

type Envelope = { result?: { data: Record<string, unknown> }; error?: { message: string; data: { code: string; httpStatus: number; reason?: string; details?: { issues: { path: string; message: string }[] } } } };

async function api(method: "GET" | "POST", path: string, key: string, input?: unknown) {
  const url = `http://localhost/api/v1/${path}${method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
  const init = { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: method === "POST" ? JSON.stringify(input) : undefined };
  const response = await (method === "GET" ? GET : POST)(new Request(url, init));
  return { status: response.status, body: (await response.json()) as Envelope };
}

const TOY_SKU = { ...SKU_INPUT, code: "PIP-2", kind: "toy", capabilities: { camera: false, mic: true, speaker: true, screen: false } } as const;

async function composer() {
  const org = await createOrgWithMembers(["VIEWER", "DEVELOPER"]);
  const owner = callerFor(org.owner.id);
  const sku = await owner.sku.create({ orgSlug: org.org.slug, ...TOY_SKU });
  const slug = org.org.slug;
  const save = async (lineup: Parameters<typeof owner.skuConfig.saveDraft>[0]["lineup"]) => {
    const { draft } = await owner.skuConfig.state({ orgSlug: slug, skuId: sku.id });
    return owner.skuConfig.saveDraft({ orgSlug: slug, skuId: sku.id, revision: draft.revision, lineup });
  };
  const publish = async (note?: string) => {
    const { draft } = await owner.skuConfig.state({ orgSlug: slug, skuId: sku.id });
    return owner.skuConfig.publish({ orgSlug: slug, skuId: sku.id, revision: draft.revision, note });
  };
  return { ...org, owner, sku, slug, save, publish };
}

describe("drafts and publishing", () => {
  it("starts empty in the SKU's language, autosaves invalid drafts with their issues, publishes numbered immutable versions", async () => {
    const c = await composer();
    const initial = await c.owner.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id });
    expect(initial).toMatchObject({ draft: { revision: 0, lineup: { agents: [], settings: { defaultLanguage: "en" } } }, current: null, unpublishedChanges: true });
    expect(initial.issues).toEqual([{ path: "agents", message: "Add at least one agent before publishing.", code: "noAgents" }]);

    const saved = await c.save({ agents: [{ agentId: "kids-companion", settings: { bedtime: "late" } }] });
    expect(saved.revision).toBe(1);
    expect(saved.issues).toEqual([{ path: "agents[0] kids-companion.settings.bedtime", message: "Bedtime is a time like 19:30.", code: "setting" }]);
    await expectTRPCError(c.publish(), "BAD_REQUEST", /Invalid configuration: agents\[0\] kids-companion.settings.bedtime/);
    expect(await db.skuConfigVersion.count({ where: { skuId: c.sku.id } })).toBe(0);

    await c.save({ agents: [{ agentId: "kids-companion", settings: { bedtime: "20:00" }, tools: ["timer"] }, { agentId: "story-teller" }] });
    expect(await c.publish("first lineup")).toEqual({ configVersion: 1 });
    const v1 = await c.owner.skuConfig.version({ orgSlug: c.slug, skuId: c.sku.id, version: 1 });
    expect(v1).toMatchObject({ version: 1, note: "first lineup", current: true, agents: ["kids-companion", "story-teller"] });
    expect(v1.deviceConfig).toMatchObject({
      schema: 1,
      sku: c.sku.id,
      version: 1,
      global: { wakeWord: "hey anima", language: "en", voice: "aria" },
      realtime: { region: "us-east", url: "wss://realtime.anima.dev/us-east" },
      agents: [
        { id: "kids-companion", settings: { bedtime: "20:00", ageRange: "6-8" }, tools: [{ id: "timer", settings: { maxConcurrent: 3 } }] },
        { id: "story-teller", tools: [] },
      ],
    });
    expect(await c.owner.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id })).toMatchObject({ current: { version: 1 }, unpublishedChanges: false, issues: [] });

    // Editing after publishing changes the draft, never the published version.
    await c.save({ agents: [{ agentId: "story-teller" }] });
    expect(await c.owner.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id })).toMatchObject({ unpublishedChanges: true, current: { version: 1 } });
    expect((await c.owner.skuConfig.version({ orgSlug: c.slug, skuId: c.sku.id, version: 1 })).deviceConfig).toEqual(v1.deviceConfig);
    // Even a direct UPDATE cannot change a published version (the table's rule ignores it).
    await db.$executeRaw`UPDATE "SkuConfigVersion" SET "note" = 'tampered' WHERE "skuId" = ${c.sku.id}`;
    expect((await db.skuConfigVersion.findFirstOrThrow({ where: { skuId: c.sku.id, version: 1 } })).note).toBe("first lineup");

    expect(await c.publish()).toEqual({ configVersion: 2 });
    const audit = await db.auditLog.findMany({ where: { orgId: c.org.id, action: "sku.config_published" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.metadata as { version: number }).version)).toEqual([1, 2]);
  });

  it("a stale autosave or publish is refused as a conflict, not merged", async () => {
    const c = await composer();
    await c.owner.skuConfig.saveDraft({ orgSlug: c.slug, skuId: c.sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
    await expectTRPCError(
      c.owner.skuConfig.saveDraft({ orgSlug: c.slug, skuId: c.sku.id, revision: 0, lineup: { agents: [] } }),
      "CONFLICT",
      /changed in another window/,
    );
    await expectTRPCError(c.owner.skuConfig.publish({ orgSlug: c.slug, skuId: c.sku.id, revision: 7 }), "CONFLICT");
  });

  it("a malformed stored lineup fails the call as our fault (500), never as the caller's bad input", async () => {
    const c = await composer();
    await c.save({ agents: [{ agentId: "story-teller" }] });
    await db.skuConfigDraft.update({ where: { skuId: c.sku.id }, data: { lineup: { agents: "story-teller" } } });
    await expectTRPCError(c.owner.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id }), "INTERNAL_SERVER_ERROR", /Something went wrong on our side/);
  });

  it("people publishing the same SKU at the same moment get consecutive versions, never a duplicate", async () => {
    const c = await composer();
    await c.save({ agents: [{ agentId: "story-teller" }] });
    const key = (await createKey(c.org.id, ["skus:write"])).key;
    const viaApi = (agentId: string) =>
      api("POST", "skus.publishConfig", key, { skuId: c.sku.id, agents: [{ agentId }] }).then((r) => r.body.result?.data.configVersion);
    const results = await Promise.all([c.publish("owner").then((r) => r.configVersion), viaApi("music-dj"), viaApi("language-tutor"), viaApi("baby-journal")]);
    expect([...results].sort()).toEqual([1, 2, 3, 4]);
    const versions = await db.skuConfigVersion.findMany({ where: { skuId: c.sku.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect((await db.sku.findUniqueOrThrow({ where: { id: c.sku.id } })).currentConfigVersion).toBe(4);
  });

  it("rollback publishes a copy of the old version as the next number; diff names what changed", async () => {
    const c = await composer();
    await c.save({ settings: { voice: "sage" }, agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] });
    await c.publish();
    await c.save({ settings: { voice: "orion" }, agents: [{ agentId: "story-teller" }, { agentId: "kids-companion", settings: { bedtime: "20:30" }, tools: ["music"] }, { agentId: "music-dj" }] });
    await c.publish();

    const { changes } = await c.owner.skuConfig.diff({ orgSlug: c.slug, skuId: c.sku.id, from: 1, to: 2 });
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: "changed", path: "global.voice", before: "sage", after: "orion" },
        { kind: "added", path: "agents.music-dj" },
        { kind: "moved", path: "agents.kids-companion", before: 1, after: 2 },
        { kind: "changed", path: "agents.kids-companion.settings.bedtime", before: "19:30", after: "20:30" },
        { kind: "removed", path: "agents.kids-companion.tools.timer" },
        { kind: "added", path: "agents.kids-companion.tools.music" },
      ]),
    );

    expect(await c.owner.skuConfig.rollback({ orgSlug: c.slug, skuId: c.sku.id, version: 1 })).toEqual({ configVersion: 3 });
    const v3 = await c.owner.skuConfig.version({ orgSlug: c.slug, skuId: c.sku.id, version: 3 });
    expect(v3).toMatchObject({ rolledBackFrom: 1, current: true, note: "Rollback to version 1" });
    expect((await c.owner.skuConfig.diff({ orgSlug: c.slug, skuId: c.sku.id, from: 1, to: 3 })).changes).toEqual([]);
    expect(await c.owner.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id })).toMatchObject({ unpublishedChanges: false });
    const page = await c.owner.skuConfig.versions({ orgSlug: c.slug, skuId: c.sku.id });
    expect(page.items.map((v) => [v.version, v.current])).toEqual([[3, true], [2, false], [1, false]]);
    await expectTRPCError(c.owner.skuConfig.rollback({ orgSlug: c.slug, skuId: c.sku.id, version: 9 }), "NOT_FOUND", /Version 9/);
  });

  it("viewers read the composer but cannot save, publish or roll back", async () => {
    const c = await composer();
    const viewer = callerFor(c.members.VIEWER!.id);
    expect((await viewer.skuConfig.catalog({ orgSlug: c.slug })).agents.length).toBeGreaterThanOrEqual(12);
    await viewer.skuConfig.state({ orgSlug: c.slug, skuId: c.sku.id });
    await expectTRPCError(viewer.skuConfig.saveDraft({ orgSlug: c.slug, skuId: c.sku.id, revision: 0, lineup: { agents: [] } }), "FORBIDDEN");
    await expectTRPCError(viewer.skuConfig.publish({ orgSlug: c.slug, skuId: c.sku.id, revision: 1 }), "FORBIDDEN");
    await expectTRPCError(viewer.skuConfig.rollback({ orgSlug: c.slug, skuId: c.sku.id, version: 1 }), "FORBIDDEN");
  });
});

describe("catalog.list and skus.publishConfig on /api/v1", () => {
  it("publishes through the contract; errors are 400 naming the failing agent or setting, and publish nothing", async () => {
    const c = await composer();
    const key = (await createKey(c.org.id, ["skus:write"])).key;
    const reader = (await createKey(c.org.id, ["licenses:read"])).key;

    const catalog = await api("GET", "catalog.list", reader);
    expect(catalog.status).toBe(200);
    const agents = catalog.body.result!.data.agents as { id: string; requires: string[] }[];
    expect(agents.find((a) => a.id === "visual-qa")).toMatchObject({ requires: ["camera", "mic", "speaker"] });

    const cases: [unknown, RegExp][] = [
      [{ skuId: c.sku.id, agents: [{ agentId: "visual-qa" }] }, /agents\[0\] visual-qa: .*needs a camera, which this SKU lacks/],
      [{ skuId: c.sku.id, agents: [{ agentId: "robot-overlord" }] }, /unknown agent "robot-overlord"/],
      [{ skuId: c.sku.id, agents: [{ agentId: "kids-companion", tools: ["maps"] }] }, /Kids' companion cannot use Maps/],
      [{ skuId: c.sku.id, agents: [{ agentId: "homework-helper", settings: { grade: 13 } }] }, /settings.grade: Grade is at most 12/],
      [{ skuId: c.sku.id, agents: [{ agentId: "music-dj", tools: ["weather", "teleport"] }] }, /unknown tool "teleport"/],
    ];
    for (const [input, message] of cases) {
      const response = await api("POST", "skus.publishConfig", key, input);
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(response.body.error?.data).toMatchObject({ code: "BAD_REQUEST", reason: "INVALID_CONFIG" });
      expect(response.body.error?.message).toMatch(message);
      expect(response.body.error?.data.details?.issues.length).toBeGreaterThan(0);
    }
    expect(await db.skuConfigVersion.count({ where: { skuId: c.sku.id } })).toBe(0);

    const forbidden = await api("POST", "skus.publishConfig", reader, { skuId: c.sku.id, agents: [{ agentId: "story-teller" }] });
    expect(forbidden.status).toBe(403);
    const published = await api("POST", "skus.publishConfig", key, { skuId: c.sku.id, agents: [{ agentId: "story-teller", settings: { length: "short" }, tools: ["music"] }] });
    expect(published.body.result?.data).toEqual({ configVersion: 1 });

    const outsider = await createOrgWithMembers();
    const theirs = (await createKey(outsider.org.id, ["skus:write"])).key;
    const crossTenant = await api("POST", "skus.publishConfig", theirs, { skuId: c.sku.id, agents: [{ agentId: "story-teller" }] });
    expect(crossTenant.status).toBe(404);
    expect(await db.skuConfigVersion.count({ where: { skuId: c.sku.id } })).toBe(1);
  });

  it("an item the operator disables is listed as unavailable and refused at publish", async () => {
    const c = await composer();
    const key = (await createKey(c.org.id, ["skus:write"])).key;
    const operator = await db.user.create({ data: { email: `op-${c.sku.id}@example.test`, isOperator: true } });
    await setCatalogItemDisabled(db, { type: "user", userId: operator.id }, "news", true);
    try {
      const catalog = await api("GET", "catalog.list", key);
      expect((catalog.body.result!.data.tools as { id: string; available: boolean }[]).find((t) => t.id === "news")).toMatchObject({ available: false });
      const refused = await api("POST", "skus.publishConfig", key, { skuId: c.sku.id, agents: [{ agentId: "music-dj", tools: ["news"] }] });
      expect(refused.body.error?.message).toMatch(/News has been disabled by Anima/);
    } finally {
      await setCatalogItemDisabled(db, { type: "user", userId: operator.id }, "news", false);
    }
  });
});
