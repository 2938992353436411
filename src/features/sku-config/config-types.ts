import type { RouterInputs, RouterOutputs } from "@/lib/trpc";

export type Catalog = RouterOutputs["skuConfig"]["catalog"];
export type CatalogAgent = Catalog["agents"][number];
export type CatalogTool = Catalog["tools"][number];
export type ComposerState = RouterOutputs["skuConfig"]["state"];
export type SkuSummary = ComposerState["sku"];
export type LineupIssue = ComposerState["issues"][number];
/** The lineup as the server stores a draft: tools may be bare ids. */
export type StoredLineup = ComposerState["draft"]["lineup"];
/** The lineup as the composer sends it to `saveDraft`. */
export type LineupInput = RouterInputs["skuConfig"]["saveDraft"]["lineup"];
export type ConfigVersionSummary = RouterOutputs["skuConfig"]["versions"]["items"][number];
export type ConfigVersion = RouterOutputs["skuConfig"]["version"];
export type ConfigChange = RouterOutputs["skuConfig"]["diff"]["changes"][number];
export type Settings = Record<string, unknown>;
