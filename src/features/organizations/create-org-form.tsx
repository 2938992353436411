"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { slugify } from "@/shared/slug";
import { SLUG_PATTERN, normalizeSlugInput } from "./slug-input";

/** What every console URL of an organization starts with, shown before the slug field. */
const URL_PREFIX = "/o/";

/** Name and URL slug of a new organization; the slug follows the name until edited by hand. */
export function CreateOrgForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.organization.create.mutationOptions());
  const t = useTranslations("organizations.create");
  const errorMessage = useErrorMessage();
  const [name, setName] = useState("");
  const [customSlug, setCustomSlug] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const slug = customSlug ?? (name.trim() ? slugify(name) : "");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    create.mutate(
      { name, slug },
      {
        onSuccess: (org) => router.push(`/o/${org.slug}`),
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")}>
      <Field label={t("name")} htmlFor="org-name">
        <Input
          id="org-name"
          name="name"
          required
          minLength={2}
          maxLength={80}
          autoComplete="organization"
          placeholder="Robo Toys Inc."
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <Field label={t("slug")} htmlFor="org-slug" hint={t("slugRules")}>
        <div className="flex items-center overflow-hidden rounded-md">
          <span className="hidden h-9 items-center rounded-l-md border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-500 sm:flex">
            {URL_PREFIX}
          </span>
          <Input
            id="org-slug"
            name="slug"
            required
            minLength={3}
            maxLength={48}
            pattern={SLUG_PATTERN}
            aria-describedby="org-slug-hint"
            className="sm:rounded-l-none"
            placeholder="robo-toys"
            value={slug}
            onChange={(event) => setCustomSlug(normalizeSlugInput(event.target.value))}
          />
        </div>
      </Field>
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={create.isPending || create.isSuccess}>
        {t("submit")}
      </Button>
    </form>
  );
}
