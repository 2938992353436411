/*
 * A scripted gateway for the harness: canned answers per path, a fake clock and sleep, a log
 * sink that counts any message containing a forbidden string (a secret or a token), and a
 * signing key to mint session tokens as the gateway does.
 */
#ifndef ANIMA_FAKE_TRANSPORT_H
#define ANIMA_FAKE_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

#include "anima/anima.h"

#define FAKE_QUEUE 8
#define FAKE_BODIES 4
#define FAKE_NOW INT64_C(1767225600) /* 2026-01-01T00:00:00Z */
#define FAKE_NOW_ISO "2026-01-01T00:00:00.000Z"
#define FAKE_DEVICE "dev_fuzz_1"
#define FAKE_SECRET "s3cr3t-Fuzz-Device-Secret-0123456789"

typedef struct {
  int status;
  long retry_after_s;
  const char *body;   /* borrowed */
  size_t body_len;
  int network_error;
} fake_answer;

typedef struct {
  fake_answer jwks;                /* every GET of the JWKS */
  fake_answer queue[FAKE_QUEUE];   /* other calls, in order; the last one repeats */
  size_t queue_len, served;
  unsigned requests, jwks_requests;
  unsigned sleeps;
  uint64_t slept_ms;
  uint32_t longest_sleep_ms;
  int64_t device_now;
  const char *forbidden[4];
  unsigned log_violations;
  char bodies[FAKE_BODIES][2048];  /* the first request bodies other than GET, truncated */
  size_t body_count;
  char last_url[256];              /* the last URL other than the JWKS, truncated */
} fake_env;

/* Resets `env` (device clock FAKE_NOW) and points `config` at it. */
void fake_init(fake_env *env, anima_config *config);
void fake_push(fake_env *env, int status, const char *body);

/* The gateway's signing key (kid "k1" unless told) and tokens it mints. */
void fake_gateway_keys(void);
/* A JWKS text with the gateway key under `kid` into out. */
void fake_jwks(char *out, size_t cap, const char *kid);
/* A compact EdDSA token over `claims_json` with header alg/kid (alg NULL → "EdDSA"). */
void fake_token(char *out, size_t cap, const char *claims_json, const char *alg, const char *kid);
/* Default claims for FAKE_DEVICE: exp = FAKE_NOW + 900. */
void fake_claims(char *out, size_t cap, const char *sub, int64_t exp);
/* A boot answer envelope carrying `token` (config_json NULL → null). */
void fake_boot_answer(char *out, size_t cap, const char *token, const char *config_json);
void fake_refresh_answer(char *out, size_t cap, const char *token);

#endif
