/** The console's tRPC endpoint (`/api/trpc`) over its route handler: how many calls one request may carry. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, uid } from "@/testing/factories";

// The route reads the next-auth session, which needs Next's request scope; the test chooses it.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/server/auth", () => ({ getSessionUserId: async () => session.userId }));
// So does the console's language (next-intl reads the cookie and headers): English here.
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const { GET, POST } = await import("@/app/api/trpc/[trpc]/route");
const { createConsoleClient } = await import("@/lib/trpc-client");

const BASE = "http://localhost/api/trpc";

async function send(request: Request) {
  const response = await (request.method === "POST" ? POST(request) : GET(request));
  return { status: response.status, body: (await response.json()) as unknown };
}

/** A batch of `count` calls of one query, as the browser's batch link sends it. */
function queryBatch(path: string, input: unknown, count: number) {
  const inputs = Object.fromEntries(Array.from({ length: count }, (_, i) => [i, { json: input }]));
  const url = `${BASE}/${Array(count).fill(path).join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
  return new Request(url);
}

function mutationBatch(path: string, inputs: unknown[]) {
  const body = Object.fromEntries(inputs.map((input, i) => [i, { json: input }]));
  return new Request(`${BASE}/${Array(inputs.length).fill(path).join(",")}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function invitationToken() {
  const { org, owner } = await createOrgWithMembers();
  const invitation = await callerFor(owner.id).invitation.create({ orgSlug: org.slug, email: `guest-${uid()}@example.test`, role: "VIEWER" });
  return invitation.link.split("/invite/")[1]!;
}

/** One error for the whole batch, in the console router's envelope (superjson). */
const refusal = (limit: number) => ({
  error: {
    json: {
      message: expect.stringContaining(`the limit is ${limit}`),
      data: { code: "BAD_REQUEST", httpStatus: 400, reason: "BATCH_TOO_LARGE" },
    },
  },
});

beforeEach(() => {
  session.userId = null;
});

describe("console batches without a session", () => {
  it("11 public calls are refused with 400 in the error envelope, and none of them runs", async () => {
    const emails = Array.from({ length: 11 }, (_, i) => `batch-${i}-${uid()}@example.test`);
    const signUps = emails.map((email) => ({ name: "Batch", email, password: "a long enough password" }));
    const { status, body } = await send(mutationBatch("account.signUp", signUps));
    expect(status).toBe(400);
    expect(body).toMatchObject(refusal(10));
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(0);
  });

  it("10 public calls are served", async () => {
    const token = await invitationToken();
    expect((await send(queryBatch("invitation.preview", { token }, 11))).status).toBe(400);
    const { status, body } = await send(queryBatch("invitation.preview", { token }, 10));
    expect(status).toBe(200);
    expect(body).toHaveLength(10);
    for (const call of body as unknown[]) expect(call).toMatchObject({ result: { data: { json: { status: "pending" } } } });
  });

  it("counts calls whose separators are URL-encoded", async () => {
    const request = queryBatch("invitation.preview", { token: "x".repeat(43) }, 11);
    const encoded = new Request(request.url.replace(/invitation\.preview,/g, "invitation.preview%2C"));
    expect(encoded.url).toContain("%2C");
    const { status, body } = await send(encoded);
    expect(status).toBe(400);
    expect(body).toMatchObject(refusal(10));
  });
});

describe("console batches with a session", () => {
  it("a signed-in user may send 50 calls in one batch, not 51", async () => {
    const { owner } = await createOrgWithMembers();
    session.userId = owner.id;
    const served = await send(queryBatch("account.me", undefined, 50));
    expect(served.status).toBe(200);
    expect(served.body).toHaveLength(50);
    const refused = await send(queryBatch("account.me", undefined, 51));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject(refusal(50));
  });
});

describe("the console's own client", () => {
  it("splits concurrent calls into batches the server accepts", async () => {
    const token = await invitationToken();
    const batchSizes: number[] = [];
    const client = createConsoleClient({
      url: BASE,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        batchSizes.push(new URL(request.url).pathname.split("/").pop()!.split(",").length);
        return request.method === "POST" ? POST(request) : GET(request);
      },
    });
    const previews = await Promise.all(Array.from({ length: 25 }, () => client.invitation.preview.query({ token })));
    expect(previews.map((preview) => preview.status)).toEqual(Array(25).fill("pending"));
    expect(batchSizes.reduce((a, b) => a + b, 0)).toBe(25);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(10);
  });
});
