/* Internal declarations shared by the library's sources; not installed. */
#ifndef ANIMA_INTERNAL_H
#define ANIMA_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "anima/anima.h"
#include "json.h"

#define ANIMA_URL_MAX 512

/* One Ed25519 key from the JWKS. */
typedef struct {
  char kid[ANIMA_ID_MAX];
  uint8_t x[32];
} anima_jwk;

struct anima_client {
  char gateway_url[ANIMA_URL_MAX];   /* without trailing slash */
  char expected_issuer[ANIMA_URL_MAX];
  char expected_audience[ANIMA_ID_MAX];
  anima_transport transport;
  anima_log_fn log;
  void *log_ctx;
  size_t max_response_bytes;
  unsigned max_attempts;
  uint32_t backoff_base_ms;
  uint32_t backoff_cap_ms;
  uint32_t clock_leeway_s;
  bool trusted_clock;
  void (*sleep_ms)(void *ctx, uint32_t ms);
  int64_t (*now_s)(void *ctx);
  void *platform_ctx;
  int64_t clock_offset_s;            /* serverTime − device clock */
  anima_jwk jwks[ANIMA_MAX_JWKS_KEYS];
  size_t jwks_count;
  bool jwks_loaded;
};

/* ---- util.c ---- */
void anima_logf(const anima_client *client, anima_log_level level, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Copies `src` into `dst` (cap bytes); false (dst emptied) when it does not fit. */
bool anima_copy(char *dst, size_t cap, const char *src);
/* Copies as much of `src` as fits, always NUL-terminated. */
void anima_copy_truncated(char *dst, size_t cap, const char *src);
/* Replaces every occurrence of `secret` (if non-empty) in `text` with '*'. */
void anima_redact(char *text, const char *secret);
size_t anima_b64url_encoded_len(size_t len);
/* base64url without padding; false when out (cap incl. NUL) is too small. */
bool anima_b64url_encode(const uint8_t *in, size_t len, char *out, size_t cap);
/* Decodes base64url (no padding) of `len` chars; false on a bad char/length or overflow. */
bool anima_b64url_decode(const char *in, size_t len, uint8_t *out, size_t cap, size_t *out_len);
/* "2026-11-29T21:40:00.000Z" (or +hh:mm offset) → Unix seconds. */
bool anima_parse_iso8601(const char *text, int64_t *out);
/* Unix milliseconds → "YYYY-MM-DDTHH:MM:SS.mmmZ" (cap ≥ 25). */
bool anima_format_iso8601_ms(int64_t unix_ms, char *out, size_t cap);
void anima_hex(const uint8_t *in, size_t len, char *out); /* out: 2*len+1 */
void anima_uuid_v4(char out[37]);
uint32_t anima_random_below(uint32_t bound); /* uniform in [0, bound) (0 when bound is 0) */
int64_t anima_device_now(const anima_client *client);

/* ---- http.c ---- */
/* Builds a request body for an attempt (key mode signs a fresh assertion each time). */
typedef anima_status (*anima_body_fn)(void *ctx, char **body, size_t *len);

typedef struct {
  const char *method;
  const char *path;           /* "/trpc/device.boot" */
  const char *bearer;         /* session token or NULL */
  anima_body_fn build_body;   /* NULL for GET */
  void *build_ctx;
  const char *redact;         /* a secret to keep out of the error message */
} anima_call;

/*
 * Performs `call` with retries and parses the tRPC envelope: on ANIMA_OK `*data` is the
 * result.data item inside `*root` (free `*root` with cJSON_Delete).
 */
anima_status anima_call_trpc(anima_client *client, const anima_call *call, cJSON **root, const cJSON **data, anima_error *error);
/* Performs a GET with retries and parses the body as JSON (no envelope). */
anima_status anima_get_json(anima_client *client, const char *path, cJSON **root, anima_error *error);
/* The delay before retry `attempt` (1-based): Retry-After plus jitter, else backoff with full jitter. */
uint32_t anima_retry_delay_ms(const anima_client *client, unsigned attempt, long retry_after_s);

/* ---- jwt.c ---- */
anima_status anima_jwks_parse(anima_client *client, const char *json, size_t len);
anima_status anima_jwks_load(anima_client *client, anima_error *error);

#endif /* ANIMA_INTERNAL_H */
