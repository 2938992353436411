/* One call to the gateway: retries (Retry-After with jitter, backoff), bounded bodies, the tRPC envelope. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "internal.h"
#include "json_get.h"

#define MAX_BACKOFF_SHIFT 20

uint32_t anima_retry_delay_ms(const anima_client *client, unsigned attempt, long retry_after_s) {
  const uint32_t cap = client->backoff_cap_ms;
  if (retry_after_s >= 0) {
    /* Never earlier than the gateway asked; the extra random part spreads a fleet told the same number. */
    uint64_t wait = (uint64_t)retry_after_s * 1000u;
    if (wait > cap) wait = cap;
    return (uint32_t)wait + anima_random_below((uint32_t)(wait / 2) + 250u);
  }
  /* Full jitter: random(0, min(cap, base · 2^(attempt−1))). */
  unsigned shift = attempt > 0 ? attempt - 1 : 0;
  if (shift > MAX_BACKOFF_SHIFT) shift = MAX_BACKOFF_SHIFT;
  uint64_t ceiling = (uint64_t)client->backoff_base_ms << shift;
  if (ceiling > cap) ceiling = cap;
  return anima_random_below((uint32_t)ceiling + 1u);
}

static void pause_ms(const anima_client *client, uint32_t ms) {
  if (client->sleep_ms) client->sleep_ms(client->platform_ctx, ms);
}

static bool retryable_status(int status) { return status == 429 || status == 502 || status == 503 || status == 504; }

static anima_status make_url(const anima_client *client, const char *path, char *url, size_t cap) {
  size_t base = strlen(client->gateway_url), tail = strlen(path);
  if (base + tail >= cap) return ANIMA_ERR_INVALID_ARG;
  memcpy(url, client->gateway_url, base);
  memcpy(url + base, path, tail + 1);
  return ANIMA_OK;
}

/* "Bearer <token>" on the heap: a token is up to 4 KiB, too much for a small task's stack. */
static anima_status bearer_header(const char *token, char **out) {
  *out = NULL;
  if (!token) return ANIMA_OK;
  size_t len = strnlen(token, ANIMA_TOKEN_MAX);
  if (len == 0 || len >= ANIMA_TOKEN_MAX) return ANIMA_ERR_INVALID_ARG;
  char *value = malloc(len + 8);
  if (!value) return ANIMA_ERR_NO_MEMORY;
  memcpy(value, "Bearer ", 7);
  memcpy(value + 7, token, len + 1);
  *out = value;
  return ANIMA_OK;
}

static void wipe_free(char *buffer, size_t len) {
  if (!buffer) return;
  sodium_memzero(buffer, len);
  free(buffer);
}

/* One exchange through the transport; the body (which may hold a secret) is wiped after sending. */
static int exchange(anima_client *client, const anima_call *call, const char *url, const char *authorization, anima_http_response *response,
                    anima_status *build_status) {
  char *body = NULL;
  size_t body_len = 0;
  *build_status = ANIMA_OK;
  if (call->build_body) {
    *build_status = call->build_body(call->build_ctx, &body, &body_len);
    if (*build_status != ANIMA_OK) return -1;
  }
  anima_header headers[2];
  size_t count = 0;
  if (body) headers[count++] = (anima_header){"content-type", "application/json"};
  if (authorization) headers[count++] = (anima_header){"authorization", authorization};
  anima_http_request request = {call->method, url, headers, count, body, body_len};
  response->status = 0;
  response->body_len = 0;
  response->body_overflow = 0;
  response->retry_after_s = -1;
  int rc = client->transport.request(client->transport.ctx, &request, response);
  wipe_free(body, body_len);
  if (response->body_len > response->body_cap) response->body_len = response->body_cap; /* a transport bug must not read past */
  return rc;
}

/* Fills `error` from an error envelope (any of its parts may be missing or of the wrong type). */
static void read_error(const anima_http_response *response, const char *redact, anima_error *error) {
  if (!error) return;
  memset(error, 0, sizeof *error);
  error->http_status = response->status;
  cJSON *root = anima_json_parse(response->body, response->body_len);
  const cJSON *envelope = anima_json_field(root, "error");
  const cJSON *data = anima_json_field(envelope, "data");
  if (!anima_json_string(envelope, "code", error->code, sizeof error->code)) anima_json_string(data, "code", error->code, sizeof error->code);
  anima_json_string(data, "reason", error->reason, sizeof error->reason);
  anima_copy_truncated(error->message, sizeof error->message, anima_json_string_ref(envelope, "message"));
  anima_redact(error->message, redact);
  cJSON_Delete(root);
}

static void retry_note(char *note, size_t cap, bool last, uint32_t delay_ms) {
  if (last) note[0] = '\0';
  else snprintf(note, cap, ", retrying in %u ms", (unsigned)delay_ms);
}

/* Performs `call` until an answer that is not retryable, or attempts run out. */
static anima_status perform(anima_client *client, const anima_call *call, anima_http_response *response, anima_error *error) {
  char url[ANIMA_URL_MAX];
  char *authorization = NULL, note[48];
  anima_status status = make_url(client, call->path, url, sizeof url);
  if (status == ANIMA_OK) status = bearer_header(call->bearer, &authorization);
  if (status != ANIMA_OK) return status;
  for (unsigned attempt = 1;; attempt++) {
    anima_status build = ANIMA_OK;
    int rc = exchange(client, call, url, authorization, response, &build);
    bool last = attempt >= client->max_attempts;
    if (build != ANIMA_OK) {
      status = build;
      break;
    }
    if (rc != 0 && !response->body_overflow) {
      if (error) memset(error, 0, sizeof *error);
      status = ANIMA_ERR_NETWORK;
      uint32_t delay = last ? 0 : anima_retry_delay_ms(client, attempt, -1);
      retry_note(note, sizeof note, last, delay);
      anima_logf(client, last ? ANIMA_LOG_ERROR : ANIMA_LOG_WARN, "%s: no answer (attempt %u of %u)%s", call->path, attempt, client->max_attempts, note);
      if (last) break;
      pause_ms(client, delay);
      continue;
    }
    if (response->body_overflow) {
      anima_logf(client, ANIMA_LOG_ERROR, "%s: answer larger than %zu bytes", call->path, response->body_cap);
      status = ANIMA_ERR_TOO_LARGE;
      break;
    }
    if (!retryable_status(response->status)) {
      status = ANIMA_OK;
      break;
    }
    read_error(response, call->redact, error);
    status = ANIMA_ERR_BUSY;
    uint32_t delay = last ? 0 : anima_retry_delay_ms(client, attempt, response->retry_after_s);
    retry_note(note, sizeof note, last, delay);
    anima_logf(client, last ? ANIMA_LOG_ERROR : ANIMA_LOG_WARN, "%s: HTTP %d %s, Retry-After %ld (attempt %u of %u)%s", call->path, response->status,
               error && error->reason[0] ? error->reason : "-", response->retry_after_s, attempt, client->max_attempts, note);
    if (last) break;
    pause_ms(client, delay);
  }
  wipe_free(authorization, authorization ? strlen(authorization) : 0);
  return status;
}

static anima_status with_response(anima_client *client, const anima_call *call, anima_http_response *response, anima_error *error) {
  response->body_cap = client->max_response_bytes;
  response->body = malloc(response->body_cap + 1);
  if (!response->body) return ANIMA_ERR_NO_MEMORY;
  anima_status status = perform(client, call, response, error);
  response->body[response->body_len] = '\0';
  return status;
}

anima_status anima_call_trpc(anima_client *client, const anima_call *call, cJSON **root, const cJSON **data, anima_error *error) {
  *root = NULL;
  *data = NULL;
  anima_http_response response = {0};
  anima_status status = with_response(client, call, &response, error);
  if (status == ANIMA_OK && response.status != 200) {
    read_error(&response, call->redact, error);
    anima_logf(client, ANIMA_LOG_WARN, "%s: refused, HTTP %d %s", call->path, response.status, error && error->reason[0] ? error->reason : "");
    status = ANIMA_ERR_REFUSED;
  } else if (status == ANIMA_OK) {
    *root = anima_json_parse(response.body, response.body_len);
    *data = anima_json_field(anima_json_field(*root, "result"), "data");
    if (!*data) {
      anima_logf(client, ANIMA_LOG_ERROR, "%s: HTTP 200 without result.data", call->path);
      status = ANIMA_ERR_BAD_RESPONSE;
      cJSON_Delete(*root);
      *root = NULL;
    }
  }
  /* The body of a boot or refresh answer holds a session token. */
  wipe_free(response.body, response.body_cap + 1);
  return status;
}

anima_status anima_get_json(anima_client *client, const char *path, cJSON **root, anima_error *error) {
  *root = NULL;
  anima_call call = {"GET", path, NULL, NULL, NULL, NULL};
  anima_http_response response = {0};
  anima_status status = with_response(client, &call, &response, error);
  if (status == ANIMA_OK && response.status != 200) {
    read_error(&response, NULL, error);
    anima_logf(client, ANIMA_LOG_ERROR, "%s: HTTP %d", path, response.status);
    status = ANIMA_ERR_REFUSED;
  } else if (status == ANIMA_OK) {
    *root = anima_json_parse(response.body, response.body_len);
    if (!*root) status = ANIMA_ERR_BAD_RESPONSE;
  }
  free(response.body);
  return status;
}
