/* device.reportTelemetry: one batch of samples under a batch UUID kept across retries. */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "json_get.h"

#define STAGE_MAX 600000
#define AGENT_ID_MAX 64
#define LATEST_AT_MS INT64_C(253402300799999) /* 9999-12-31T23:59:59.999Z: four-digit years only */

anima_sample anima_sample_init(int64_t at_ms, const char *kind, int32_t e2e_ms) {
  anima_sample sample = {at_ms, kind, e2e_ms, NULL, -1, -1, -1, -1, -1, -1, -1};
  return sample;
}

void anima_telemetry_result_clear(anima_telemetry_result *result) {
  if (!result) return;
  cJSON_free(result->output_json);
  memset(result, 0, sizeof *result);
}

static bool valid_sample(const anima_sample *s) {
  if (!s->kind || (strcmp(s->kind, "voice") != 0 && strcmp(s->kind, "video") != 0)) return false;
  if (s->e2e_ms < 0 || s->e2e_ms > STAGE_MAX || s->at_ms < 0 || s->at_ms > LATEST_AT_MS) return false;
  return !s->agent_id || strnlen(s->agent_id, AGENT_ID_MAX + 1) <= AGENT_ID_MAX;
}

/* An optional integer: -1 leaves it out. */
static bool add_optional(cJSON *object, const char *name, int32_t value) {
  return value < 0 || cJSON_AddNumberToObject(object, name, value) != NULL;
}

static bool add_sample(cJSON *samples, const anima_sample *s) {
  char at[32];
  cJSON *item = cJSON_CreateObject();
  if (!item) return false;
  if (!cJSON_AddItemToArray(samples, item)) {
    cJSON_Delete(item);
    return false;
  }
  return anima_format_iso8601_ms(s->at_ms, at, sizeof at) && cJSON_AddStringToObject(item, "at", at) && cJSON_AddStringToObject(item, "kind", s->kind) &&
         cJSON_AddNumberToObject(item, "e2eMs", s->e2e_ms) && (!s->agent_id || cJSON_AddStringToObject(item, "agentId", s->agent_id)) &&
         add_optional(item, "firstAudioMs", s->first_audio_ms) && add_optional(item, "asrMs", s->asr_ms) && add_optional(item, "llmMs", s->llm_ms) &&
         add_optional(item, "ttsMs", s->tts_ms) && add_optional(item, "inputTokens", s->input_tokens) &&
         add_optional(item, "outputTokens", s->output_tokens) && add_optional(item, "durationMs", s->duration_ms);
}

typedef struct {
  const anima_sample *samples;
  size_t count;
  const char *batch_id;
} batch_ctx;

static anima_status build_batch_body(void *opaque, char **out, size_t *len) {
  const batch_ctx *ctx = opaque;
  cJSON *body = cJSON_CreateObject();
  cJSON *samples = body ? cJSON_AddArrayToObject(body, "samples") : NULL;
  bool ok = samples && cJSON_AddStringToObject(body, "batchId", ctx->batch_id);
  for (size_t i = 0; ok && i < ctx->count; i++) ok = add_sample(samples, &ctx->samples[i]);
  *out = ok ? cJSON_PrintUnformatted(body) : NULL;
  *len = *out ? strlen(*out) : 0;
  cJSON_Delete(body);
  return *out ? ANIMA_OK : ANIMA_ERR_NO_MEMORY;
}

static bool valid_batch_id(const char *id) {
  if (strlen(id) != 36) return false;
  for (size_t i = 0; i < 36; i++) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    char c = id[i];
    if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

static anima_status read_answer(anima_client *client, const cJSON *data, anima_telemetry_result *out) {
  int64_t accepted = 0;
  const cJSON *duplicate = anima_json_field(data, "duplicate");
  if (!anima_json_integer(data, "accepted", 0, ANIMA_MAX_SAMPLES, &accepted) || !cJSON_IsBool(duplicate)) {
    anima_logf(client, ANIMA_LOG_ERROR, "telemetry: answer does not match the contract");
    return ANIMA_ERR_BAD_RESPONSE;
  }
  out->accepted = (long)accepted;
  out->duplicate = cJSON_IsTrue(duplicate);
  out->output_json = cJSON_PrintUnformatted(data);
  return out->output_json ? ANIMA_OK : ANIMA_ERR_NO_MEMORY;
}

anima_status anima_report_telemetry(anima_client *client, const char *token, const anima_sample *samples, size_t count, const char *batch_id,
                                    anima_telemetry_result *out, anima_error *error) {
  if (error) memset(error, 0, sizeof *error);
  if (!out) return ANIMA_ERR_INVALID_ARG;
  memset(out, 0, sizeof *out);
  if (!client || !token || !token[0] || !samples || count == 0 || count > ANIMA_MAX_SAMPLES) return ANIMA_ERR_INVALID_ARG;
  for (size_t i = 0; i < count; i++)
    if (!valid_sample(&samples[i])) return ANIMA_ERR_INVALID_ARG;
  if (batch_id && !valid_batch_id(batch_id)) return ANIMA_ERR_INVALID_ARG;
  if (batch_id) anima_copy(out->batch_id, sizeof out->batch_id, batch_id);
  else anima_uuid_v4(out->batch_id);

  batch_ctx ctx = {samples, count, out->batch_id};
  anima_call call = {"POST", "/trpc/device.reportTelemetry", token, build_batch_body, &ctx, NULL};
  cJSON *root = NULL;
  const cJSON *data = NULL;
  anima_status status = anima_call_trpc(client, &call, &root, &data, error);
  if (status == ANIMA_OK) status = read_answer(client, data, out);
  cJSON_Delete(root);
  if (status != ANIMA_OK) {
    char keep[37];
    memcpy(keep, out->batch_id, sizeof keep);
    anima_telemetry_result_clear(out);
    memcpy(out->batch_id, keep, sizeof keep); /* so the caller can resend the same batch */
  }
  anima_logf(client, status == ANIMA_OK ? ANIMA_LOG_INFO : ANIMA_LOG_ERROR, "telemetry: %s (%zu samples)", anima_status_name(status), count);
  return status;
}
