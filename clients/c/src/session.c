/* device.boot, device.refresh and device.config: request bodies, answers, the clock offset, token verification. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "internal.h"
#include "json_get.h"

#define ASSERTION_MAX 1024
#define FIRMWARE_MAX 64
#define MAX_SECONDS (INT64_C(1) << 40)

void anima_session_clear(anima_session *session) {
  if (!session) return;
  if (session->output_json) sodium_memzero(session->output_json, strlen(session->output_json));
  cJSON_free(session->output_json);
  cJSON_free(session->config_json);
  sodium_memzero(session, sizeof *session);
  session->config_version = -1;
}

typedef struct {
  anima_client *client;
  const anima_boot_params *params;
} boot_body_ctx;

/* Wipes a string item's text before the tree is freed (cJSON frees without clearing). */
static void wipe_item(cJSON *object, const char *name) {
  cJSON *item = cJSON_GetObjectItemCaseSensitive(object, name);
  if (cJSON_IsString(item) && item->valuestring) sodium_memzero(item->valuestring, strlen(item->valuestring));
}

/* The credential of one attempt: the secret, or an assertion signed now (a retry never reuses a jti). */
static anima_status add_credential(cJSON *body, const boot_body_ctx *ctx) {
  const anima_boot_params *params = ctx->params;
  if (params->secret) return cJSON_AddStringToObject(body, "secret", params->secret) ? ANIMA_OK : ANIMA_ERR_NO_MEMORY;
  char *assertion = malloc(ASSERTION_MAX);
  if (!assertion) return ANIMA_ERR_NO_MEMORY;
  anima_status status = anima_sign_assertion(params->key_seed, params->device_id, anima_client_server_now(ctx->client), assertion, ASSERTION_MAX);
  if (status == ANIMA_OK && !cJSON_AddStringToObject(body, "assertion", assertion)) status = ANIMA_ERR_NO_MEMORY;
  free(assertion);
  return status;
}

static anima_status build_boot_body(void *opaque, char **out, size_t *len) {
  const boot_body_ctx *ctx = opaque;
  const anima_boot_params *params = ctx->params;
  cJSON *body = cJSON_CreateObject();
  if (!body || !cJSON_AddStringToObject(body, "deviceId", params->device_id)) {
    cJSON_Delete(body);
    return ANIMA_ERR_NO_MEMORY;
  }
  anima_status status = add_credential(body, ctx);
  if (status == ANIMA_OK && params->firmware && !cJSON_AddStringToObject(body, "firmware", params->firmware)) status = ANIMA_ERR_NO_MEMORY;
  if (status == ANIMA_OK && params->config_version >= 0 && !cJSON_AddNumberToObject(body, "configVersion", (double)params->config_version))
    status = ANIMA_ERR_NO_MEMORY;
  *out = status == ANIMA_OK ? cJSON_PrintUnformatted(body) : NULL;
  if (status == ANIMA_OK && !*out) status = ANIMA_ERR_NO_MEMORY;
  *len = *out ? strlen(*out) : 0;
  wipe_item(body, "secret");
  cJSON_Delete(body);
  return status;
}

static anima_status build_empty_body(void *ctx, char **out, size_t *len) {
  (void)ctx;
  *out = malloc(3);
  if (!*out) return ANIMA_ERR_NO_MEMORY;
  memcpy(*out, "{}", 3);
  *len = 2;
  return ANIMA_OK;
}

/* The fields boot and refresh share: session, configVersion, serverTime, refreshAfter. */
static bool read_session_fields(const cJSON *data, anima_session *out) {
  const cJSON *session = anima_json_field(data, "session");
  int64_t config_version, expires_in, refresh_after;
  const char *token_type = anima_json_string_ref(session, "tokenType");
  if (!anima_json_string(session, "token", out->token, sizeof out->token) || !anima_json_time(session, "expiresAt", &out->expires_at) ||
      !anima_json_integer(session, "expiresIn", 0, MAX_SECONDS, &expires_in) || (token_type && strcmp(token_type, "Bearer") != 0) ||
      !anima_json_integer(data, "configVersion", 0, MAX_SECONDS, &config_version) || !anima_json_time(data, "serverTime", &out->server_time) ||
      !anima_json_integer(data, "refreshAfter", 0, MAX_SECONDS, &refresh_after))
    return false;
  out->config_version = (long)config_version;
  out->expires_in = (long)expires_in;
  out->refresh_after = (long)refresh_after;
  return true;
}

/* The boot-only fields: ids, license, config (null = unchanged). */
static bool read_boot_fields(const cJSON *data, anima_session *out) {
  const cJSON *license = anima_json_field(data, "license");
  const cJSON *config = anima_json_field(data, "config");
  if (!anima_json_string(data, "deviceId", out->device_id, sizeof out->device_id) || !anima_json_string(data, "orgId", out->org_id, sizeof out->org_id) ||
      !anima_json_string(data, "skuId", out->sku_id, sizeof out->sku_id) || !config)
    return false;
  if (license && !anima_json_string(license, "status", out->license_status, sizeof out->license_status)) return false;
  if (!cJSON_IsNull(config)) {
    out->config_json = cJSON_PrintUnformatted(config);
    if (!out->config_json) return false;
  }
  return true;
}

/* Reads an answer into `out`, learns the clock offset, keeps the raw output, verifies the token. */
static anima_status finish_session(anima_client *client, const cJSON *data, bool boot, const char *device_id, anima_session *out) {
  if (!read_session_fields(data, out) || (boot && !read_boot_fields(data, out))) {
    anima_logf(client, ANIMA_LOG_ERROR, "%s: answer does not match the contract", boot ? "boot" : "refresh");
    return ANIMA_ERR_BAD_RESPONSE;
  }
  if (boot && strcmp(out->device_id, device_id) != 0) {
    anima_logf(client, ANIMA_LOG_ERROR, "boot: answer names another device");
    return ANIMA_ERR_BAD_RESPONSE;
  }
  out->output_json = cJSON_PrintUnformatted(data);
  if (!out->output_json) return ANIMA_ERR_NO_MEMORY;
  /* exp is judged on the server's clock; an answer whose token does not verify leaves the offset as it was. */
  int64_t previous = client->clock_offset_s;
  if (!client->trusted_clock) client->clock_offset_s = out->server_time - anima_device_now(client);
  anima_status status = anima_verify_token(client, out->token, device_id);
  if (status != ANIMA_OK) client->clock_offset_s = previous;
  return status;
}

static bool valid_boot_params(const anima_boot_params *params) {
  if (!params || !params->device_id || !params->device_id[0] || strnlen(params->device_id, ANIMA_ID_MAX) >= ANIMA_ID_MAX) return false;
  if ((params->secret == NULL) == (params->key_seed == NULL)) return false; /* exactly one credential */
  if (params->secret && !params->secret[0]) return false;
  return !params->firmware || strnlen(params->firmware, FIRMWARE_MAX + 1) <= FIRMWARE_MAX;
}

anima_status anima_boot(anima_client *client, const anima_boot_params *params, anima_session *out, anima_error *error) {
  if (error) memset(error, 0, sizeof *error);
  if (!out) return ANIMA_ERR_INVALID_ARG;
  memset(out, 0, sizeof *out);
  out->config_version = -1;
  if (!client || !valid_boot_params(params)) return ANIMA_ERR_INVALID_ARG;
  boot_body_ctx ctx = {client, params};
  anima_call call = {"POST", "/trpc/device.boot", NULL, build_boot_body, &ctx, params->secret};
  cJSON *root = NULL;
  const cJSON *data = NULL;
  anima_status status = anima_call_trpc(client, &call, &root, &data, error);
  if (status == ANIMA_OK) status = finish_session(client, data, true, params->device_id, out);
  cJSON_Delete(root);
  if (status != ANIMA_OK) anima_session_clear(out);
  anima_logf(client, status == ANIMA_OK ? ANIMA_LOG_INFO : ANIMA_LOG_ERROR, "boot: %s", anima_status_name(status));
  return status;
}

anima_status anima_refresh(anima_client *client, const char *token, const char *device_id, anima_session *out, anima_error *error) {
  if (error) memset(error, 0, sizeof *error);
  if (!out) return ANIMA_ERR_INVALID_ARG;
  memset(out, 0, sizeof *out);
  out->config_version = -1;
  if (!client || !token || !token[0]) return ANIMA_ERR_INVALID_ARG;
  anima_call call = {"POST", "/trpc/device.refresh", token, build_empty_body, NULL, NULL};
  cJSON *root = NULL;
  const cJSON *data = NULL;
  anima_status status = anima_call_trpc(client, &call, &root, &data, error);
  if (status == ANIMA_OK) status = finish_session(client, data, false, device_id, out);
  cJSON_Delete(root);
  if (status != ANIMA_OK) anima_session_clear(out);
  anima_logf(client, status == ANIMA_OK ? ANIMA_LOG_INFO : ANIMA_LOG_ERROR, "refresh: %s", anima_status_name(status));
  return status;
}

void anima_free(void *text) { cJSON_free(text); }

anima_status anima_fetch_config(anima_client *client, const char *token, long held_version, long *config_version, char **config_json, anima_error *error) {
  if (error) memset(error, 0, sizeof *error);
  if (config_json) *config_json = NULL;
  if (!client || !token || !token[0] || !config_version || !config_json || held_version > 2147483647L) return ANIMA_ERR_INVALID_ARG;
  /* A query: the input travels URL-encoded in the path; `{"configVersion":N}` needs only the braces, quotes and colon encoded. */
  char path[96];
  if (held_version >= 0) snprintf(path, sizeof path, "/trpc/device.config?input=%%7B%%22configVersion%%22%%3A%ld%%7D", held_version);
  else snprintf(path, sizeof path, "/trpc/device.config?input=%%7B%%7D");
  anima_call call = {"GET", path, token, NULL, NULL, NULL};
  cJSON *root = NULL;
  const cJSON *data = NULL;
  anima_status status = anima_call_trpc(client, &call, &root, &data, error);
  int64_t version = 0;
  const cJSON *config = anima_json_field(data, "config");
  if (status == ANIMA_OK && (!anima_json_integer(data, "configVersion", 0, MAX_SECONDS, &version) || !config)) status = ANIMA_ERR_BAD_RESPONSE;
  if (status == ANIMA_OK) {
    *config_version = (long)version;
    if (!cJSON_IsNull(config) && !(*config_json = cJSON_PrintUnformatted(config))) status = ANIMA_ERR_NO_MEMORY;
  }
  cJSON_Delete(root);
  anima_logf(client, status == ANIMA_OK ? ANIMA_LOG_INFO : ANIMA_LOG_ERROR, "config: %s", anima_status_name(status));
  return status;
}
