import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The field that chooses a password, with the rule it must meet (labelled "New password" unless told). */
export function NewPasswordField({ label }: { label?: string }) {
  const t = useTranslations("auth.newPassword");
  return (
    <Field label={label ?? t("label")} htmlFor="password" hint={t("hint")}>
      <Input
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        aria-describedby="password-hint"
      />
    </Field>
  );
}

/** "New password" and "Repeat the password", for forms that replace or set a password. */
export function NewPasswordFields({ label }: { label?: string }) {
  const t = useTranslations("auth.newPassword");
  return (
    <>
      <NewPasswordField label={label} />
      <Field label={t("repeat")} htmlFor="confirm">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
      </Field>
    </>
  );
}

/** `(form) => ` the chosen password, or the message to show when the two fields differ. */
export function useReadNewPassword(): (form: FormData) => { password: string } | { error: string } {
  const t = useTranslations("auth.newPassword");
  return (form) => {
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) return { error: t("mismatch") };
    return { password };
  };
}
