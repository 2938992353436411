import { ROLE_LABELS } from "@/shared/permissions";

/** What each recorded action means, in words; an action missing here is spelled out from its code. */
const ACTION_LABELS: Record<string, string> = {
  "org.created": "Organization created",
  "org.updated": "Organization updated",
  "organization.suspended": "Organization suspended by Anima",
  "organization.resumed": "Organization resumed by Anima",
  "operator.view_opened": "Anima operator opened a read-only view",
  "operator.view_ended": "Anima operator ended the read-only view",
  "organization.session_policy_changed": "Device session policy changed",
  "member.role_changed": "Member role changed",
  "member.removed": "Member removed",
  "member.left": "Member left",
  "invitation.created": "Invitation sent",
  "invitation.revoked": "Invitation withdrawn",
  "invitation.accepted": "Invitation accepted",
  "apikey.created": "API key created",
  "apikey.revoked": "API key revoked",
  "sku.created": "SKU created",
  "sku.updated": "SKU updated",
  "sku.deleted": "SKU deleted",
  "sku.config_published": "Configuration published",
  "rollout.started": "Staged rollout started",
  "rollout.promoted": "Rollout promoted to its next step",
  "rollout.advanced": "Rollout widened (step time elapsed)",
  "rollout.paused": "Rollout paused",
  "rollout.resumed": "Rollout resumed",
  "rollout.aborted": "Rollout aborted",
  "rollout.rolled_back": "Rollout rolled back by its latency gate",
  "rollout.completed": "Rollout completed",
  "webhook.created": "Webhook endpoint added",
  "webhook.deleted": "Webhook endpoint deleted",
  "webhook.enabled": "Webhook endpoint enabled",
  "webhook.disabled": "Webhook endpoint disabled",
  "webhook.secret_rotated": "Webhook signing secret rotated",
  "webhook.redelivered": "Webhook event redelivered",
  "alert_rule.created": "Alert rule created",
  "alert_rule.updated": "Alert rule edited",
  "alert_rule.enabled": "Alert rule resumed",
  "alert_rule.disabled": "Alert rule paused",
  "alert_rule.deleted": "Alert rule deleted",
  "device.registered": "Device registered",
  "devices.registered": "Devices registered",
  "device.suspended": "Device suspended",
  "device.resumed": "Device resumed",
  "device.revoked": "Device revoked",
  "device.secret_rotated": "Device secret rotated",
  "device.public_key_set": "Device public key set",
  "device.tags_changed": "Device tags changed",
  "devices.tags_changed": "Devices tagged",
  "device.sessions_revoked": "Device sessions revoked",
  "device.replaced": "Device replaced (RMA)",
  "device.replacement": "Replacement device licensed (RMA)",
  "licenses.checkout_started": "Checkout started",
  "licenses.purchased": "Seats purchased",
  "licenses.refunded": "Seats refunded",
  "licenses.granted": "Seats granted by Anima",
  "licenses.overage_changed": "Overage policy changed",
  "licenses.utilization_alert": "Seat utilization alert",
  "billing.profile_created": "Billing profile created",
  "billing.profile_updated": "Billing profile updated",
  "billing.invoice_issued": "Invoice issued",
  "billing.credit_note_issued": "Credit note issued",
  "billing.quote_created": "Quote drafted",
  "billing.quote_accepted": "Quote accepted",
  "billing.quote_declined": "Quote declined",
  "billing.quote_withdrawn": "Quote withdrawn",
  "billing.bank_transfer_received": "Bank transfer recorded by Anima",
  "billing.seats_before_payment_changed": "Seats before payment changed by Anima",
  "billing.economics_pricing_changed": "Unit economics assumptions changed",
  "security.sign_in_failed": "Sign-in failed",
  "security.sign_in_throttled": "Sign-in throttled",
  "security.password_set": "Password set",
  "security.password_changed": "Password changed",
  "security.email_verified": "Email confirmed",
  "security.sessions_ended": "Signed out everywhere",
};

/** "device.public_key_set" → "Device public key set": the fallback for actions added later. */
function spellOut(code: string): string {
  const words = code.replace(/[._]/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? spellOut(action);
}

/** Labels of the metadata fields modules record; others are spelled out from their key. */
const FIELD_LABELS: Record<string, string> = {
  apiKeyId: "API key",
  sku: "SKU",
  skuId: "SKU",
  overagePercent: "Overage (%)",
  seatsTotal: "Seats owned",
  tokenTtlSeconds: "Session token lifetime (s)",
  expiresAt: "Expires",
  orderId: "Order",
  amount: "Amount (minor units)",
  inputPerMillion: "Input tokens price per million (minor units)",
  outputPerMillion: "Output tokens price per million (minor units)",
  deviceLifetimeMonths: "Device lifetime (months)",
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? spellOut(key);
}

/** Values shown as people read them: roles by their label. */
export function fieldValue(value: string): string {
  return value in ROLE_LABELS ? ROLE_LABELS[value as keyof typeof ROLE_LABELS] : value;
}
