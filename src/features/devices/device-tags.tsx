"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { MAX_TAG_LENGTH, MAX_TAGS_PER_DEVICE } from "@/shared/device-tags";
import { useTagCheck } from "./use-tag-check";

type DeviceTagsProps = { orgSlug: string; deviceId: string; tags: string[]; canWrite: boolean };

/** A device's tags (device groups) on its page: chips, and for writers add and remove in place. */
export function DeviceTags({ orgSlug, deviceId, tags, canWrite }: DeviceTagsProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.tags");
  const errorMessage = useErrorMessage();
  const tagCheck = useTagCheck();
  const queryClient = useQueryClient();
  const id = useId();
  const setTags = useMutation(trpc.device.setTags.mutationOptions());
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | undefined>();

  const save = (next: string[]) =>
    setTags.mutate(
      { orgSlug, deviceId, tags: next },
      {
        onSuccess: async () => {
          setDraft("");
          setError(undefined);
          await queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() });
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = tagCheck.check(draft);
    if (!parsed.ok) return setError(parsed.problem);
    if (tags.includes(parsed.tag)) return setDraft("");
    if (tags.length >= MAX_TAGS_PER_DEVICE) return setError(tagCheck.tooMany());
    save([...tags, parsed.tag]);
  };

  return (
    <div className="space-y-2">
      {tags.length === 0 ? (
        <p className="text-slate-400">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("listLabel")}>
          {tags.map((tag) => (
            <li key={tag}>
              <Badge tone="brand" className="font-mono">
                {tag}
                {canWrite ? (
                  <button
                    type="button"
                    className="-mr-1 rounded-full p-0.5 hover:bg-brand-100 disabled:opacity-50"
                    aria-label={t("remove", { tag })}
                    disabled={setTags.isPending}
                    onClick={() => save(tags.filter((other) => other !== tag))}
                  >
                    <X className="size-3" aria-hidden />
                  </button>
                ) : null}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form onSubmit={onAdd} noValidate className="flex max-w-xs gap-2">
          <label htmlFor={`${id}-tag`} className="sr-only">
            {t("addLabel")}
          </label>
          <Input
            id={`${id}-tag`}
            value={draft}
            placeholder={t("placeholder")}
            maxLength={MAX_TAG_LENGTH + 8}
            autoComplete="off"
            spellCheck={false}
            className="h-8 font-mono text-xs"
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit" size="sm" variant="secondary" pending={setTags.isPending} aria-label={t("addAria")}>
            <Plus aria-hidden />
            {t("add")}
          </Button>
        </form>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
