/**
 * The OpenAPI document of /api/v1: it lists every procedure of the router (a new procedure
 * without a summary or, when it takes input, a valid example fails here), it is a valid
 * OpenAPI 3.1 document, and real answers of the API match the schemas it publishes.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { GET as getDocument } from "@/app/api/v1/openapi.json/route";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { apiProcedures, openApiDocument, procedureInput, procedureMeta } from "./openapi";

type Operation = { summary: string; security: { apiKey: string[] }[]; "x-anima-scope": string; responses: Record<string, { content?: Record<string, { schema: object }> }> };

const document = openApiDocument("https://anima.example.com");
const operation = (path: string): Operation => {
  const item = document.paths[`/${path}`] as Record<string, Operation> | undefined;
  return (item?.get ?? item?.post)!;
};

describe("the OpenAPI document of /api/v1", () => {
  it("documents every procedure of the router, each with a summary, its scope and (with input) an example that parses", () => {
    const procedures = apiProcedures();
    expect(procedures.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(document.paths).sort()).toEqual([...procedures.map(([path]) => `/${path}`), "/invoices/{invoiceId}"].sort());
    for (const [path, procedure] of procedures) {
      const meta = procedureMeta(procedure);
      expect(meta.summary, `${path} has no summary (.meta({ summary }))`).toBeTruthy();
      expect(meta.scope, `${path} is not an apiKeyProcedure`).toBeTruthy();
      const input = procedureInput(procedure);
      if (input && !input.safeParse(undefined).success) {
        expect(meta.example, `${path} takes input but has no example`).toBeDefined();
      }
      if (input && meta.example !== undefined) expect(input.safeParse(meta.example).error, `${path}'s example does not parse`).toBeUndefined();
      expect(operation(path).security).toEqual([{ apiKey: meta.scope === "any" ? [] : [meta.scope] }]);
    }
    // The contract's scopes (device-api.md).
    expect(operation("skus.create")["x-anima-scope"]).toBe("skus:write");
    expect(operation("devices.register")["x-anima-scope"]).toBe("devices:write");
    expect(operation("licenses.balance")["x-anima-scope"]).toBe("licenses:read");
    expect(operation("orders.list")["x-anima-scope"]).toBe("licenses:read");
    expect(operation("catalog.list")["x-anima-scope"]).toBe("any");
    expect(document.paths["/skus.create"]).toHaveProperty("post");
    expect(document.paths["/licenses.balance"]).toHaveProperty("get");
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it("is served at GET /api/v1/openapi.json with the deployment's address", async () => {
    const response = getDocument();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const served = (await response.json()) as { openapi: string; servers: { url: string }[]; paths: object };
    expect(served.openapi).toBe("3.1.0");
    expect(served.servers[0]!.url).toMatch(/\/api\/v1$/);
    expect(Object.keys(served.paths)).toContain("/devices.register");
  });

  it("describes what the API really answers: real responses validate against the published schemas", async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const { org } = await createOrgWithMembers();
    const key = (await createKey(org.id, ["*"])).key;
    const call = async (path: string, input?: unknown) => {
      const query = operation(path) === (document.paths[`/${path}`] as Record<string, Operation>).get;
      const url = `http://localhost/api/v1/${path}${query && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
      const init: RequestInit = { method: query ? "GET" : "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } };
      if (!query) init.body = JSON.stringify(input ?? {});
      const response = await (query ? GET(new Request(url, init)) : POST(new Request(url, init)));
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const expectDocumented = async (path: string, input?: unknown) => {
      const { status, body } = await call(path, input);
      const validate = ajv.compile(operation(path).responses[String(status)]?.content?.["application/json"]?.schema ?? { $ref: "#/missing" });
      expect(validate(body), `${path} → ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
      return body as { result: { data: Record<string, unknown> } };
    };
    const sku = await expectDocumented("skus.create", { ...SKU_INPUT, code: "OPENAPI-1" });
    await expectDocumented("devices.register", { skuId: sku.result.data.id, serials: ["OA-1", "OA-2"] });
    await expectDocumented("devices.list", { limit: 10 });
    await expectDocumented("licenses.balance");
    await expectDocumented("orders.list");
    await expectDocumented("me");
    await expectDocumented("catalog.list");
    await expectDocumented("skus.list");
    // Errors follow the Error schema too.
    const ajvError = ajv.compile({ ...document.components.schemas.Error });
    const refused = await call("skus.create", { name: "" });
    expect(refused.status).toBe(400);
    expect(ajvError(refused.body)).toBe(true);
  });
});
