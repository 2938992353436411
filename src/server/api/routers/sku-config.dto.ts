import { z } from "zod";
import { ZLineupIssue } from "@/shared/lineup-issues";
import { ROLLOUT_STATUSES } from "@/shared/rollouts";
import { pageFields, ZCapabilities, ZSettingsDto } from "../common.dto";

const ZCatalogItemDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
});

/** The agents and tools a lineup can use (console and `catalog.list` on /api/v1). */
export const ZCatalogDto = z.object({
  agents: z.array(
    ZCatalogItemDto.extend({
      requires: z.array(z.string()),
      tools: z.array(z.string()),
      settingsSchema: ZSettingsDto,
      defaults: ZSettingsDto,
      available: z.boolean(),
    }),
  ),
  tools: z.array(
    ZCatalogItemDto.extend({
      agents: z.array(z.string()),
      settingsSchema: ZSettingsDto,
      defaults: ZSettingsDto,
      available: z.boolean(),
    }),
  ),
});

const ZLineupDto = z.object({
  global: ZSettingsDto,
  agents: z.array(z.object({ agentId: z.string(), settings: ZSettingsDto, tools: z.array(z.object({ toolId: z.string(), settings: ZSettingsDto })) })),
});

/** An issue of the draft: `path` and the English `message` as ever, and its `code` and `params` (src/shared/lineup-issues.ts). */
const ZLineupIssueDto = ZLineupIssue;

export const ZComposerStateDto = z.object({
  sku: z.object({ id: z.string(), code: z.string(), name: z.string(), capabilities: ZCapabilities }),
  draft: z.object({
    /** the lineup as edited: tools may be ids or { toolId, settings } */
    lineup: z.object({
      settings: ZSettingsDto.optional(),
      agents: z.array(
        z.object({
          agentId: z.string(),
          settings: ZSettingsDto.optional(),
          tools: z.array(z.union([z.string(), z.object({ toolId: z.string(), settings: ZSettingsDto.optional() })])).optional(),
        }),
      ),
    }),
    revision: z.number().int(),
    updatedAt: z.date().nullable(),
    updatedBy: z.string().nullable(),
  }),
  issues: z.array(ZLineupIssueDto),
  current: z.object({ version: z.number().int(), publishedAt: z.date() }).nullable(),
  rollout: z.object({ rolloutId: z.string(), toVersion: z.number().int(), status: z.enum(ROLLOUT_STATUSES) }).nullable(),
  unpublishedChanges: z.boolean(),
});

export const ZSavedDraftDto = z.object({ revision: z.number().int(), savedAt: z.date(), issues: z.array(ZLineupIssueDto) });

const ZConfigVersionSummaryDto = z.object({
  version: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.date(),
  rolledBackFrom: z.number().int().nullable(),
  current: z.boolean(),
  agents: z.array(z.string()),
  publishedBy: z.string(),
});

export const ZConfigVersionPageDto = z.object({ items: z.array(ZConfigVersionSummaryDto), ...pageFields });

export const ZConfigVersionDto = ZConfigVersionSummaryDto.extend({ lineup: ZLineupDto, deviceConfig: ZSettingsDto });

export const ZConfigDiffDto = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ kind: z.enum(["added", "removed", "changed", "moved"]), path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })),
});
