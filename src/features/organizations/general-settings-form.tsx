"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { SLUG_PATTERN, normalizeSlugInput } from "./slug-input";

type GeneralSettingsFormProps = { org: { name: string; slug: string }; canManage: boolean };

/** Renames the organization or changes its slug (owners and admins); read-only for others. */
export function GeneralSettingsForm({ org, canManage }: GeneralSettingsFormProps) {
  const trpc = useTRPC();
  const t = useTranslations("settings.general");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const update = useMutation(trpc.organization.update.mutationOptions());
  const [name, setName] = useState(org.name);
  const [slug, setSlug] = useState(org.slug);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const changed = name.trim() !== org.name || slug !== org.slug;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const input = {
      orgSlug: org.slug,
      ...(name.trim() !== org.name ? { name } : {}),
      ...(slug !== org.slug ? { slug } : {}),
    };
    update.mutate(input, {
      onSuccess: (updated) => {
        setSaved(true);
        // The old URL stops working once the slug changes.
        if (updated.slug !== org.slug) router.replace(`/o/${updated.slug}/settings`);
        router.refresh();
      },
      onError: (cause) => setError(errorMessage(cause)),
    });
  };

  return (
    <Card>
      <form onSubmit={onSubmit} aria-label={t("title")}>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>
            {canManage ? t("descriptionManage") : t("descriptionReadOnly")}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field label={t("name")} htmlFor="settings-name">
            <Input
              id="settings-name"
              required
              minLength={2}
              maxLength={80}
              readOnly={!canManage}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </Field>
          <Field label={t("slug")} htmlFor="settings-slug" hint={canManage ? t("slugRules") : undefined}>
            <Input
              id="settings-slug"
              required
              minLength={3}
              maxLength={48}
              pattern={SLUG_PATTERN}
              readOnly={!canManage}
              aria-describedby={canManage ? "settings-slug-hint" : undefined}
              value={slug}
              onChange={(event) => setSlug(normalizeSlugInput(event.target.value))}
            />
          </Field>
          <FormError message={error} className="sm:col-span-2" />
        </CardContent>
        {canManage ? (
          <CardFooter>
            {saved && !changed ? (
              <p role="status" className="mr-auto text-sm text-emerald-700">
                {t("saved")}
              </p>
            ) : null}
            <Button type="submit" pending={update.isPending} disabled={!changed}>
              {t("save")}
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}
