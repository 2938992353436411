import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** The field that chooses a password, with the rule it must meet. */
export function NewPasswordField({ label = "New password" }: { label?: string }) {
  return (
    <Field label={label} htmlFor="password" hint="At least 10 characters.">
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
export function NewPasswordFields({ label = "New password" }: { label?: string }) {
  return (
    <>
      <NewPasswordField label={label} />
      <Field label="Repeat the password" htmlFor="confirm">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
      </Field>
    </>
  );
}

/** The chosen password, or an error message when the two fields differ. */
export function readNewPassword(form: FormData): { password: string } | { error: string } {
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("confirm") ?? "")) return { error: "The two passwords do not match." };
  return { password };
}
