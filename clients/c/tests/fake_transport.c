#include "fake_transport.h"

#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "internal.h"

static uint8_t gateway_pk[crypto_sign_PUBLICKEYBYTES];
static uint8_t gateway_sk[crypto_sign_SECRETKEYBYTES];

static int fake_request(void *ctx, const anima_http_request *request, anima_http_response *response) {
  fake_env *env = ctx;
  env->requests++;
  const fake_answer *answer;
  if (strstr(request->url, "/.well-known/jwks.json")) {
    env->jwks_requests++;
    answer = &env->jwks;
  } else {
    anima_copy_truncated(env->last_url, sizeof env->last_url, request->url);
    if (env->body_count < FAKE_BODIES && request->body) anima_copy_truncated(env->bodies[env->body_count++], sizeof env->bodies[0], request->body);
    if (env->queue_len == 0) return -1;
    size_t index = env->served < env->queue_len ? env->served : env->queue_len - 1;
    env->served++;
    answer = &env->queue[index];
  }
  if (answer->network_error) return -1;
  response->status = answer->status;
  response->retry_after_s = answer->retry_after_s;
  size_t len = answer->body_len;
  if (len > response->body_cap) { /* as a real transport: stop at the cap */
    len = response->body_cap;
    response->body_overflow = 1;
  }
  if (len) memcpy(response->body, answer->body, len);
  response->body_len = len;
  return 0;
}

static void fake_sleep(void *ctx, uint32_t ms) {
  fake_env *env = ctx;
  env->sleeps++;
  env->slept_ms += ms;
  if (ms > env->longest_sleep_ms) env->longest_sleep_ms = ms;
}

static int64_t fake_now(void *ctx) { return ((fake_env *)ctx)->device_now; }

static void fake_log(void *ctx, anima_log_level level, const char *message) {
  fake_env *env = ctx;
  (void)level;
  for (size_t i = 0; i < sizeof env->forbidden / sizeof env->forbidden[0]; i++)
    if (env->forbidden[i] && env->forbidden[i][0] && strstr(message, env->forbidden[i])) env->log_violations++;
}

void fake_init(fake_env *env, anima_config *config) {
  memset(env, 0, sizeof *env);
  env->device_now = FAKE_NOW;
  env->forbidden[0] = FAKE_SECRET;
  memset(config, 0, sizeof *config);
  config->gateway_url = "http://gateway.test:3001/";
  config->transport.ctx = env;
  config->transport.request = fake_request;
  config->sleep_ms = fake_sleep;
  config->now_s = fake_now;
  config->platform_ctx = env;
  config->log = fake_log;
  config->log_ctx = env;
}

void fake_push(fake_env *env, int status, const char *body) {
  if (env->queue_len == FAKE_QUEUE) return;
  fake_answer *answer = &env->queue[env->queue_len++];
  answer->status = status;
  answer->retry_after_s = -1;
  answer->body = body;
  answer->body_len = body ? strlen(body) : 0;
  answer->network_error = 0;
}

void fake_gateway_keys(void) {
  static const uint8_t seed[crypto_sign_SEEDBYTES] = {7, 7, 7, 7, 1, 2, 3, 4};
  crypto_sign_seed_keypair(gateway_pk, gateway_sk, seed);
}

void fake_jwks(char *out, size_t cap, const char *kid) {
  char x[64];
  anima_b64url_encode(gateway_pk, sizeof gateway_pk, x, sizeof x);
  snprintf(out, cap, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"rsa\",\"n\":\"AQAB\"},{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"%s\",\"kid\":\"%s\",\"alg\":\"EdDSA\",\"use\":\"sig\"}]}", x,
           kid);
}

static void b64_json(const char *json, char *out, size_t cap) { anima_b64url_encode((const uint8_t *)json, strlen(json), out, cap); }

void fake_token(char *out, size_t cap, const char *claims_json, const char *alg, const char *kid) {
  char header[256], header_b64[512], claims_b64[2048];
  uint8_t sig[crypto_sign_BYTES];
  char sig_b64[128];
  snprintf(header, sizeof header, "{\"alg\":\"%s\",\"kid\":\"%s\",\"typ\":\"at+jwt\"}", alg ? alg : "EdDSA", kid);
  b64_json(header, header_b64, sizeof header_b64);
  b64_json(claims_json, claims_b64, sizeof claims_b64);
  int n = snprintf(out, cap, "%s.%s", header_b64, claims_b64);
  crypto_sign_detached(sig, NULL, (const uint8_t *)out, (unsigned long long)n, gateway_sk);
  anima_b64url_encode(sig, sizeof sig, sig_b64, sizeof sig_b64);
  snprintf(out + n, cap - (size_t)n, ".%s", sig_b64);
}

void fake_claims(char *out, size_t cap, const char *sub, int64_t exp) {
  snprintf(out, cap,
           "{\"sub\":\"%s\",\"org\":\"org_1\",\"sku\":\"sku_1\",\"cfg\":3,\"agents\":[\"story-teller\"],\"tv\":0,\"iss\":\"http://console.test\","
           "\"aud\":\"anima-realtime\",\"iat\":%lld,\"exp\":%lld,\"jti\":\"j1\"}",
           sub, (long long)(exp - 900), (long long)exp);
}

void fake_boot_answer(char *out, size_t cap, const char *token, const char *config_json) {
  snprintf(out, cap,
           "{\"result\":{\"data\":{\"deviceId\":\"" FAKE_DEVICE "\",\"orgId\":\"org_1\",\"skuId\":\"sku_1\",\"license\":{\"status\":\"active\","
           "\"activatedAt\":\"2025-12-01T00:00:00.000Z\"},\"configVersion\":3,\"config\":%s,\"session\":{\"token\":\"%s\",\"tokenType\":\"Bearer\","
           "\"expiresAt\":\"2026-01-01T00:15:00.000Z\",\"expiresIn\":900},\"serverTime\":\"" FAKE_NOW_ISO "\",\"refreshAfter\":700}}}",
           config_json ? config_json : "null", token);
}

void fake_refresh_answer(char *out, size_t cap, const char *token) {
  snprintf(out, cap,
           "{\"result\":{\"data\":{\"session\":{\"token\":\"%s\",\"tokenType\":\"Bearer\",\"expiresAt\":\"2026-01-01T00:15:00.000Z\",\"expiresIn\":900},"
           "\"configVersion\":4,\"serverTime\":\"" FAKE_NOW_ISO "\",\"refreshAfter\":650}}}",
           token);
}
