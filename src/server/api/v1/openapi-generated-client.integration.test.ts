/**
 * "A factory engineer can generate a client from the OpenAPI document": TypeScript types are
 * generated from it with openapi-typescript, a small program using them type-checks, and
 * openapi-fetch — a generic OpenAPI client — calls the real API with them.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import createClient from "openapi-fetch";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { openApiDocument } from "./openapi";

const document = openApiDocument("http://console.test");

/**
 * What this test knows of the paths without the generated types (those exist only at run time
 * here; a real project would import them): any JSON in, any JSON out.
 */
type Json = { content: { "application/json": unknown } };
type AnyOperation = { parameters: { query?: { input?: unknown } }; requestBody?: Json; responses: { 200: Json; default: Json } };
type AnyPaths = Record<string, { get: AnyOperation; post: AnyOperation }>;
const resultData = (data: unknown) => (data as { result: { data: Record<string, unknown> } }).result.data;

/** A program of the generated types and a use of them, type-checked strictly; its diagnostics. */
async function typeCheck(generated: string, usage: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "anima-openapi-"));
  await writeFile(path.join(dir, "anima.d.ts"), generated);
  await writeFile(path.join(dir, "usage.ts"), usage);
  const program = ts.createProgram([path.join(dir, "usage.ts")], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("a client generated from the OpenAPI document", () => {
  it("openapi-typescript generates types from it that a program type-checks against (and a wrong field fails)", async () => {
    const generated = astToString(await openapiTS(JSON.stringify(document)));
    expect(generated).toContain('"/devices.register"');
    const good = `import type { paths } from "./anima";
type Register = paths["/devices.register"]["post"]["requestBody"]["content"]["application/json"];
const register: Register = { skuId: "sku_1", serials: ["PIP-1"] };
type Balance = paths["/licenses.balance"]["get"]["responses"]["200"]["content"]["application/json"]["result"]["data"];
const seats: number = ({} as Balance).seatsAvailable;
export { register, seats };`;
    expect(await typeCheck(generated, good)).toEqual([]);
    const wrong = good.replace('serials: ["PIP-1"]', 'serial: "PIP-1"');
    expect((await typeCheck(generated, wrong)).join("\n")).toMatch(/serial/);
  });

  it("openapi-fetch calls the API with it: a mutation's body, a query's JSON input, the error envelope", async () => {
    const { org } = await createOrgWithMembers();
    const key = (await createKey(org.id, ["*"])).key;
    const client = createClient<AnyPaths>({
      baseUrl: "http://console.test/api/v1",
      headers: { authorization: `Bearer ${key}` },
      // A tRPC query takes its whole input as one JSON parameter (the document's `input`, content application/json).
      querySerializer: (query: Record<string, unknown>) => (query.input === undefined ? "" : `input=${encodeURIComponent(JSON.stringify(query.input))}`),
      fetch: (request: Request) => (request.method === "POST" ? POST(request) : GET(request)),
    });
    const created = await client.POST("/skus.create", { body: { ...SKU_INPUT, code: "GEN-1" } });
    expect(created.response.status).toBe(200);
    const skuId = resultData(created.data).id;
    const registered = await client.POST("/devices.register", { body: { skuId, serials: ["GEN-A", "GEN-B"] } });
    expect(resultData(registered.data).devices).toHaveLength(2);
    const listed = await client.GET("/devices.list", { params: { query: { input: { limit: 1 } } } });
    expect(resultData(listed.data)).toMatchObject({ items: [expect.anything()], nextCursor: expect.any(String) });
    const refused = await client.POST("/skus.create", { body: { ...SKU_INPUT, code: "GEN-1" } });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ error: { data: { reason: "SKU_CODE_TAKEN", httpStatus: 409 } } });
  });
});
