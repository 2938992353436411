/*
 * anima.h — Anima device client: boot, refresh and telemetry against the Anima device
 * gateway, with session tokens verified against the gateway's JWKS (Ed25519, libsodium).
 *
 * Portable C11. All I/O goes through an anima_transport (function pointers) so the library
 * runs on Linux (libcurl, anima_curl_transport_*) and on ESP-IDF (esp_http_client).
 *
 * State: an anima_client holds only what its functions document — the configuration, a
 * cache of the JWKS keys and the clock offset learned from `serverTime`. There is no global
 * state besides libsodium's own (sodium_init, called by anima_client_new). A client is not
 * thread-safe; use one per task.
 *
 * Secrets (the device secret, the private key seed, session tokens) are never passed to the
 * log callback. Request bodies holding a secret are wiped after they are sent.
 */
#ifndef ANIMA_ANIMA_H
#define ANIMA_ANIMA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ANIMA_VERSION "0.1.0"

/* Fixed sizes. Fields longer than these in an answer make it ANIMA_ERR_BAD_RESPONSE. */
#define ANIMA_ID_MAX 128           /* deviceId, orgId, skuId (incl. NUL) */
#define ANIMA_TOKEN_MAX 4096       /* session token (incl. NUL) */
#define ANIMA_REASON_MAX 64        /* data.reason, data.code (incl. NUL) */
#define ANIMA_MESSAGE_MAX 256      /* error message (incl. NUL), truncated */
#define ANIMA_SEED_BYTES 32        /* Ed25519 private key seed */
#define ANIMA_PUBLIC_KEY_B64_MAX 44 /* base64url of 32 bytes, 43 chars + NUL */
#define ANIMA_MAX_JWKS_KEYS 8      /* keys cached from /.well-known/jwks.json */
#define ANIMA_MAX_SAMPLES 500      /* per telemetry batch (contract) */

typedef enum {
  ANIMA_OK = 0,
  ANIMA_ERR_INVALID_ARG,   /* a parameter is missing or out of range; nothing was sent */
  ANIMA_ERR_NO_MEMORY,     /* an allocation failed */
  ANIMA_ERR_NETWORK,       /* the transport failed on every attempt */
  ANIMA_ERR_BUSY,          /* 429/503 on every attempt (Retry-After honoured) */
  ANIMA_ERR_REFUSED,       /* the gateway answered an error: see anima_error.reason */
  ANIMA_ERR_BAD_RESPONSE,  /* an answer that is not the contract's (malformed, wrong types, missing fields) */
  ANIMA_ERR_TOO_LARGE,     /* an answer larger than max_response_bytes */
  ANIMA_ERR_VERIFY,        /* the session token failed verification against the JWKS */
  ANIMA_ERR_CRYPTO         /* libsodium could not be initialised */
} anima_status;

/* A short, static, secret-free name for a status ("ANIMA_ERR_REFUSED"). */
const char *anima_status_name(anima_status status);

/* What the gateway said when it refused a call (ANIMA_ERR_REFUSED, _BUSY). */
typedef struct {
  int http_status;                 /* 0 when no HTTP answer */
  char code[ANIMA_REASON_MAX];     /* tRPC code, e.g. "UNAUTHORIZED" ("" when absent) */
  char reason[ANIMA_REASON_MAX];   /* data.reason, e.g. "INVALID_CREDENTIALS" ("" when absent) */
  char message[ANIMA_MESSAGE_MAX]; /* the envelope's message, secrets of the call redacted */
} anima_error;

/* ---- Transport ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *value;
} anima_header;

typedef struct {
  const char *method;           /* "GET" or "POST" */
  const char *url;              /* absolute URL */
  const anima_header *headers;  /* e.g. content-type, authorization; may hold a token */
  size_t header_count;
  const char *body;             /* POST body (may hold a secret), NULL for GET */
  size_t body_len;
} anima_http_request;

typedef struct {
  int status;           /* HTTP status the transport received */
  char *body;           /* buffer owned by the library, body_cap bytes */
  size_t body_cap;
  size_t body_len;      /* bytes written by the transport, never more than body_cap */
  int body_overflow;    /* set by the transport when the answer did not fit */
  long retry_after_s;   /* Retry-After in seconds, -1 when absent or not a number */
} anima_http_response;

/*
 * The HTTP transport. `request` performs one exchange: it must write at most body_cap bytes
 * into response->body (setting body_overflow and stopping when more arrive), fill status and
 * retry_after_s, and return 0 when an HTTP answer (any status) was received, non-zero on a
 * network failure (no answer). It must not log headers or bodies: they carry secrets.
 */
typedef struct {
  void *ctx;
  int (*request)(void *ctx, const anima_http_request *request, anima_http_response *response);
} anima_transport;

/* ---- Client ----------------------------------------------------------------------------- */

typedef enum { ANIMA_LOG_DEBUG, ANIMA_LOG_INFO, ANIMA_LOG_WARN, ANIMA_LOG_ERROR } anima_log_level;

/* Receives messages about calls, statuses, reasons and retry delays — never a secret, token or body. */
typedef void (*anima_log_fn)(void *ctx, anima_log_level level, const char *message);

typedef struct {
  const char *gateway_url;      /* "http://host:3001" (a trailing slash is fine); copied */
  anima_transport transport;
  anima_log_fn log;             /* optional */
  void *log_ctx;
  size_t max_response_bytes;    /* 0 → 65536; larger answers are ANIMA_ERR_TOO_LARGE */
  unsigned max_attempts;        /* per call, for network errors, 429 and 503; 0 → 5 */
  uint32_t backoff_base_ms;     /* 0 → 1000: first network retry waits random(0, base) */
  uint32_t backoff_cap_ms;      /* 0 → 300000: backoff and Retry-After never wait longer */
  const char *expected_issuer;  /* optional: token `iss` must equal it; copied */
  const char *expected_audience;/* optional: token `aud` must contain it; copied */
  uint32_t clock_leeway_s;      /* 0 → 30: tolerance on `exp` after the clock offset */
  int trusted_clock;            /* non-zero: now_s is right (SNTP), serverTime sets no offset */
  /* Optional platform hooks (defaults: nanosleep, time()). */
  void (*sleep_ms)(void *ctx, uint32_t ms);
  int64_t (*now_s)(void *ctx);  /* the device's own clock, Unix seconds */
  void *platform_ctx;
} anima_config;

typedef struct anima_client anima_client;

/* A client for `config` (strings copied), or NULL on invalid config or no memory. */
anima_client *anima_client_new(const anima_config *config);
void anima_client_free(anima_client *client);

/* serverTime − device clock, in seconds, from the last boot or refresh (0 before). */
int64_t anima_client_clock_offset(const anima_client *client);
/* The device clock corrected by the offset: what to use for telemetry `at`. */
int64_t anima_client_server_now(const anima_client *client);

/* ---- Boot and refresh ------------------------------------------------------------------- */

typedef struct {
  const char *device_id;
  const char *secret;            /* secret mode; NULL in key mode */
  const uint8_t *key_seed;       /* key mode: ANIMA_SEED_BYTES Ed25519 seed; NULL in secret mode */
  const char *firmware;          /* optional, ≤ 64 chars */
  long config_version;           /* the version held, or -1 on first boot */
} anima_boot_params;

typedef struct {
  char device_id[ANIMA_ID_MAX];
  char org_id[ANIMA_ID_MAX];
  char sku_id[ANIMA_ID_MAX];
  char license_status[ANIMA_REASON_MAX];
  long config_version;
  char *config_json;            /* the new config as JSON text; NULL when unchanged (`config: null`) */
  char token[ANIMA_TOKEN_MAX];  /* session.token: a secret, never log it */
  int64_t expires_at;           /* session.expiresAt, Unix seconds (server clock) */
  long expires_in;              /* session.expiresIn, seconds */
  int64_t server_time;          /* serverTime, Unix seconds */
  long refresh_after;           /* seconds until device.refresh is due */
  char *output_json;            /* result.data as received (holds the token) */
} anima_session;

/* Frees what a session's functions allocated and wipes the token; the struct can be reused. */
void anima_session_clear(anima_session *session);

/*
 * device.boot: authenticates with the secret or (key mode) a fresh signed assertion per
 * attempt, retries network errors, 429 and 503 (Retry-After plus jitter, else exponential
 * backoff with full jitter), updates the clock offset and verifies the session token against
 * the JWKS. ANIMA_OK only with a verified token.
 */
anima_status anima_boot(anima_client *client, const anima_boot_params *params, anima_session *out, anima_error *error);

/*
 * device.refresh with a still valid `token`: fills the session fields refresh answers
 * (token, expiry, config_version, server_time, refresh_after; config_json NULL) and verifies
 * the new token. `device_id` (optional) must then be the token's `sub`.
 */
anima_status anima_refresh(anima_client *client, const char *token, const char *device_id, anima_session *out, anima_error *error);

/*
 * device.config with `token`: the current version into *config_version and, when it differs
 * from `held_version` (-1: none held), its config as JSON text into *config_json (free with
 * anima_free); *config_json is NULL when the held copy is current.
 */
anima_status anima_fetch_config(anima_client *client, const char *token, long held_version, long *config_version, char **config_json, anima_error *error);

/* Frees text the library returned (config_json of anima_fetch_config). */
void anima_free(void *text);

/* Verifies `token` against the gateway's JWKS (fetched once, refetched for an unknown kid). */
anima_status anima_verify_token(anima_client *client, const char *token, const char *expected_subject);

/* ---- Telemetry -------------------------------------------------------------------------- */

typedef struct {
  int64_t at_ms;           /* when, Unix milliseconds on the server-corrected clock */
  const char *kind;        /* "voice" or "video" */
  int32_t e2e_ms;
  const char *agent_id;    /* optional (NULL) */
  /* Optional stages and counts: -1 leaves them out. */
  int32_t first_audio_ms, asr_ms, llm_ms, tts_ms;
  int32_t input_tokens, output_tokens, duration_ms;
} anima_sample;

/* A sample with every optional field left out. */
anima_sample anima_sample_init(int64_t at_ms, const char *kind, int32_t e2e_ms);

typedef struct {
  long accepted;
  int duplicate;
  char batch_id[37];       /* the UUID the batch was sent under */
  char *output_json;       /* result.data as received */
} anima_telemetry_result;

void anima_telemetry_result_clear(anima_telemetry_result *result);

/*
 * device.reportTelemetry: one batch of 1–500 samples under `batch_id` (NULL: a fresh UUID,
 * kept for this call's retries; pass the returned one to resend the same batch later).
 */
anima_status anima_report_telemetry(anima_client *client, const char *token, const anima_sample *samples, size_t count,
                                    const char *batch_id, anima_telemetry_result *out, anima_error *error);

/* ---- Key mode --------------------------------------------------------------------------- */

/* A fresh seed and its public key as the gateway registers it (base64url of 32 bytes, the JWK x). */
anima_status anima_keygen(uint8_t seed[ANIMA_SEED_BYTES], char public_key[ANIMA_PUBLIC_KEY_B64_MAX]);
/* The public key of `seed`. */
anima_status anima_public_key(const uint8_t seed[ANIMA_SEED_BYTES], char public_key[ANIMA_PUBLIC_KEY_B64_MAX]);
/* Key file text (base64url seed, 43 chars, optional trailing whitespace) → seed. */
anima_status anima_seed_from_text(const char *text, uint8_t seed[ANIMA_SEED_BYTES]);
/* seed → key file text (43 chars + NUL). */
anima_status anima_seed_to_text(const uint8_t seed[ANIMA_SEED_BYTES], char text[ANIMA_PUBLIC_KEY_B64_MAX]);

/*
 * The boot assertion: a compact EdDSA JWS, header {"alg":"EdDSA","typ":"JWT"}, claims
 * iss=device_id, aud="anima-device-boot", iat=now_s, exp=now_s+60, jti 16 random bytes hex.
 * Writes at most `cap` bytes including the NUL.
 */
anima_status anima_sign_assertion(const uint8_t seed[ANIMA_SEED_BYTES], const char *device_id, int64_t now_s, char *out, size_t cap);

#ifdef __cplusplus
}
#endif
#endif /* ANIMA_ANIMA_H */
