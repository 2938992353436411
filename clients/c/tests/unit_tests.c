/* Behaviour of the library against a scripted gateway: the contract's happy paths and each refusal. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "fake_transport.h"
#include "harness.h"
#include "internal.h"
#include "json_get.h"

#define BIG 16384

static char token[BIG], claims[BIG], answer[BIG], jwks[BIG];

static void test_base64url(void) {
  char out[16];
  uint8_t bytes[16];
  size_t len = 0;
  CHECK(anima_b64url_encode((const uint8_t *)"foob", 4, out, sizeof out) && strcmp(out, "Zm9vYg") == 0);
  CHECK(anima_b64url_encode((const uint8_t *)"", 0, out, sizeof out) && strcmp(out, "") == 0);
  CHECK(!anima_b64url_encode((const uint8_t *)"foobar", 6, out, 8)); /* 8 chars + NUL do not fit */
  CHECK(anima_b64url_decode("Zm9vYg", 6, bytes, sizeof bytes, &len) && len == 4 && memcmp(bytes, "foob", 4) == 0);
  CHECK(!anima_b64url_decode("Zm9vYh", 6, bytes, sizeof bytes, &len)); /* non-zero padding bits */
  CHECK(!anima_b64url_decode("Zm9v+g", 6, bytes, sizeof bytes, &len)); /* base64, not base64url */
  CHECK(!anima_b64url_decode("Zm9vY", 5, bytes, sizeof bytes, &len));  /* 4k+1 characters */
  CHECK(!anima_b64url_decode("Zm9vYmFy", 8, bytes, 5, &len));          /* does not fit */
}

static void test_times(void) {
  int64_t t = 0;
  char text[32];
  CHECK(anima_parse_iso8601("1970-01-01T00:00:00Z", &t) && t == 0);
  CHECK(anima_parse_iso8601(FAKE_NOW_ISO, &t) && t == FAKE_NOW);
  CHECK(anima_parse_iso8601("2026-01-01T01:00:00+01:00", &t) && t == FAKE_NOW);
  CHECK(anima_parse_iso8601("2024-02-29T12:00:00.123456789Z", &t) && t == INT64_C(1709208000));
  CHECK(!anima_parse_iso8601("2026-13-01T00:00:00Z", &t));
  CHECK(!anima_parse_iso8601("2026-01-01T00:00:00", &t));
  CHECK(!anima_parse_iso8601("2026-01-01T00:00:00Zjunk", &t));
  CHECK(!anima_parse_iso8601("", &t));
  CHECK(anima_format_iso8601_ms(FAKE_NOW * 1000 + 123, text, sizeof text) && strcmp(text, "2026-01-01T00:00:00.123Z") == 0);
  CHECK(anima_format_iso8601_ms(INT64_C(1709208000000), text, sizeof text) && strcmp(text, "2024-02-29T12:00:00.000Z") == 0);
}

/* The assertion as the gateway reads it: header, claims, and an Ed25519 signature by the device key. */
static void test_assertion(void) {
  uint8_t seed[ANIMA_SEED_BYTES], pk[32], seed_back[ANIMA_SEED_BYTES];
  char public_key[ANIMA_PUBLIC_KEY_B64_MAX], seed_text[ANIMA_PUBLIC_KEY_B64_MAX], a[1024], b[1024], line[64];
  size_t len = 0;
  CHECK(anima_keygen(seed, public_key) == ANIMA_OK && strlen(public_key) == 43);
  CHECK(anima_b64url_decode(public_key, 43, pk, sizeof pk, &len) && len == 32);
  CHECK(anima_seed_to_text(seed, seed_text) == ANIMA_OK && strlen(seed_text) == 43);
  snprintf(line, sizeof line, "%s\n", seed_text);
  CHECK(anima_seed_from_text(line, seed_back) == ANIMA_OK && memcmp(seed, seed_back, sizeof seed) == 0);
  CHECK(anima_seed_from_text("short", seed_back) == ANIMA_ERR_INVALID_ARG);

  CHECK(anima_sign_assertion(seed, "dev_\"quoted\"", FAKE_NOW, a, sizeof a) == ANIMA_OK);
  CHECK(anima_sign_assertion(seed, "dev_\"quoted\"", FAKE_NOW, b, sizeof b) == ANIMA_OK);
  CHECK(strcmp(a, b) != 0); /* a fresh jti every time */
  CHECK(anima_sign_assertion(seed, "dev_1", FAKE_NOW, a, 64) == ANIMA_ERR_INVALID_ARG);

  char *dot1 = strchr(b, '.'), *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;
  CHECK(dot1 && dot2);
  if (!dot1 || !dot2) return;
  CHECK(strncmp(b, "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.", 37) == 0); /* {"alg":"EdDSA","typ":"JWT"} */
  uint8_t sig[64], payload[512];
  CHECK(anima_b64url_decode(dot2 + 1, strlen(dot2 + 1), sig, sizeof sig, &len) && len == 64);
  CHECK(crypto_sign_verify_detached(sig, (const uint8_t *)b, (unsigned long long)(dot2 - b), pk) == 0);
  CHECK(anima_b64url_decode(dot1 + 1, (size_t)(dot2 - dot1 - 1), payload, sizeof payload - 1, &len));
  payload[len] = '\0';
  cJSON *c = cJSON_Parse((const char *)payload);
  int64_t iat = 0, exp = 0;
  const char *jti = anima_json_string_ref(c, "jti");
  CHECK(strcmp(anima_json_string_ref(c, "iss"), "dev_\"quoted\"") == 0);
  CHECK(strcmp(anima_json_string_ref(c, "aud"), "anima-device-boot") == 0);
  CHECK(anima_json_integer(c, "iat", 0, INT64_C(1) << 40, &iat) && iat == FAKE_NOW);
  CHECK(anima_json_integer(c, "exp", 0, INT64_C(1) << 40, &exp) && exp == FAKE_NOW + 60);
  CHECK(jti && strlen(jti) == 32 && strspn(jti, "0123456789abcdef") == 32);
  cJSON_Delete(c);
  sodium_memzero(seed, sizeof seed);
}

/* A valid boot answer for FAKE_DEVICE (token under kid k1) in `answer`, with `config_json` (NULL: null). */
static const char *valid_boot_answer(const char *config_json) {
  fake_claims(claims, sizeof claims, FAKE_DEVICE, FAKE_NOW + 900);
  fake_token(token, sizeof token, claims, NULL, "k1");
  fake_boot_answer(answer, sizeof answer, token, config_json);
  return answer;
}

static anima_client *client_with_jwks(fake_env *env, anima_config *config, const char *kid) {
  fake_init(env, config);
  fake_jwks(jwks, sizeof jwks, kid);
  env->jwks = (fake_answer){200, -1, jwks, strlen(jwks), 0};
  return anima_client_new(config);
}

static anima_status boot_secret(anima_client *client, anima_session *session, anima_error *error) {
  anima_boot_params params = {FAKE_DEVICE, FAKE_SECRET, NULL, "1.4.2", -1};
  return anima_boot(client, &params, session, error);
}

static void test_boot_ok(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  fake_push(&env, 200, valid_boot_answer("{\"agents\":[{\"agentId\":\"story-teller\"}]}"));
  env.device_now = FAKE_NOW - 7200; /* a device clock two hours behind: the token still verifies */
  env.forbidden[1] = token;
  anima_session s;
  anima_error e;
  CHECK(boot_secret(client, &s, &e) == ANIMA_OK);
  CHECK(strcmp(s.device_id, FAKE_DEVICE) == 0 && strcmp(s.org_id, "org_1") == 0 && strcmp(s.license_status, "active") == 0);
  CHECK(s.config_version == 3 && s.config_json && strstr(s.config_json, "story-teller"));
  CHECK(strcmp(s.token, token) == 0 && s.expires_in == 900 && s.refresh_after == 700 && s.expires_at == FAKE_NOW + 900);
  CHECK(anima_client_clock_offset(client) == 7200 && anima_client_server_now(client) == FAKE_NOW);
  CHECK(s.output_json && strstr(s.output_json, "\"refreshAfter\":700"));
  CHECK(strstr(env.bodies[0], "\"secret\":\"" FAKE_SECRET "\"") && strstr(env.bodies[0], "\"firmware\":\"1.4.2\""));
  CHECK(!strstr(env.bodies[0], "configVersion"));
  CHECK(env.log_violations == 0);
  anima_session_clear(&s);

  /* Refresh with the same key: JWKS already cached. */
  fake_refresh_answer(answer, sizeof answer, token);
  env.queue_len = env.served = 0;
  fake_push(&env, 200, answer);
  CHECK(anima_refresh(client, token, FAKE_DEVICE, &s, &e) == ANIMA_OK && s.config_version == 4 && s.refresh_after == 650 && !s.config_json);
  CHECK(env.jwks_requests == 1);
  anima_session_clear(&s);

  /* The gateway rotated its key: a token under an unknown kid makes the client refetch the JWKS. */
  fake_jwks(jwks, sizeof jwks, "k2");
  env.jwks = (fake_answer){200, -1, jwks, strlen(jwks), 0};
  fake_token(token, sizeof token, claims, NULL, "k2");
  fake_refresh_answer(answer, sizeof answer, token);
  env.queue_len = env.served = 0;
  fake_push(&env, 200, answer);
  CHECK(anima_refresh(client, token, FAKE_DEVICE, &s, &e) == ANIMA_OK && env.jwks_requests == 2);
  anima_session_clear(&s);
  anima_client_free(client);
}

static void test_config_unchanged(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  fake_push(&env, 200, valid_boot_answer(NULL));
  anima_boot_params params = {FAKE_DEVICE, FAKE_SECRET, NULL, NULL, 3};
  anima_session s;
  CHECK(anima_boot(client, &params, &s, NULL) == ANIMA_OK && s.config_json == NULL && s.config_version == 3);
  CHECK(strstr(env.bodies[0], "\"configVersion\":3") != NULL);
  anima_session_clear(&s);
  anima_client_free(client);
}

/* A config nested `depth` levels: within ANIMA_MAX_JSON_DEPTH it is kept, beyond it the answer is refused. */
static anima_status boot_with_config_depth(int depth) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  char nested[512];
  int n = 0;
  for (int i = 0; i < depth; i++) nested[n++] = '[';
  nested[n++] = '1';
  for (int i = 0; i < depth; i++) nested[n++] = ']';
  nested[n] = '\0';
  fake_push(&env, 200, valid_boot_answer(nested));
  anima_session s;
  anima_status status = boot_secret(client, &s, NULL);
  anima_session_clear(&s);
  anima_client_free(client);
  return status;
}

static void test_depth_limit(void) {
  CHECK(boot_with_config_depth(ANIMA_MAX_JSON_DEPTH - 3) == ANIMA_OK); /* envelope, result, data above it */
  CHECK(boot_with_config_depth(ANIMA_MAX_JSON_DEPTH) == ANIMA_ERR_BAD_RESPONSE);
}

static void test_refused(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  /* A message echoing the secret (a hypothetical server bug) must not carry it on. */
  fake_push(&env, 401, "{\"error\":{\"message\":\"bad secret " FAKE_SECRET "\",\"code\":-32001,\"data\":{\"code\":\"UNAUTHORIZED\",\"httpStatus\":401,"
                       "\"reason\":\"INVALID_CREDENTIALS\"}}}");
  anima_session s;
  anima_error e;
  CHECK(boot_secret(client, &s, &e) == ANIMA_ERR_REFUSED);
  CHECK(e.http_status == 401 && strcmp(e.reason, "INVALID_CREDENTIALS") == 0 && strcmp(e.code, "UNAUTHORIZED") == 0);
  CHECK(strstr(e.message, FAKE_SECRET) == NULL && strstr(e.message, "bad secret") != NULL);
  CHECK(env.requests == 1 && env.sleeps == 0); /* not retried */
  CHECK(s.output_json == NULL && s.token[0] == '\0');
  CHECK(env.log_violations == 0);
  anima_client_free(client);
}

static void test_retry_after(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  valid_boot_answer(NULL);
  fake_push(&env, 429, "{\"error\":{\"message\":\"slow down\",\"code\":-32029,\"data\":{\"code\":\"TOO_MANY_REQUESTS\",\"reason\":\"RATE_LIMITED\"}}}");
  env.queue[0].retry_after_s = 2;
  fake_push(&env, 200, answer);
  anima_session s;
  anima_error e;
  CHECK(boot_secret(client, &s, &e) == ANIMA_OK);
  CHECK(env.sleeps == 1 && env.slept_ms >= 2000 && env.slept_ms < 2000 + 1250);
  anima_session_clear(&s);
  anima_client_free(client);

  /* 503 on every attempt: BUSY after max_attempts, the reason kept. */
  client = client_with_jwks(&env, &config, "k1");
  fake_push(&env, 503, "{\"error\":{\"message\":\"down\",\"code\":-32603,\"data\":{\"code\":\"SERVICE_UNAVAILABLE\",\"reason\":\"UNAVAILABLE\"}}}");
  env.queue[0].retry_after_s = 1;
  CHECK(boot_secret(client, &s, &e) == ANIMA_ERR_BUSY && strcmp(e.reason, "UNAVAILABLE") == 0 && e.http_status == 503);
  CHECK(env.requests == 5 && env.sleeps == 4 && env.slept_ms >= 4000);
  anima_client_free(client);

  /* No answer at all: NETWORK after backoff with full jitter, each wait within its ceiling. */
  config.max_attempts = 8;
  config.backoff_base_ms = 100;
  config.backoff_cap_ms = 1000;
  client = anima_client_new(&config);
  env.queue_len = env.served = env.requests = env.sleeps = 0;
  env.slept_ms = env.longest_sleep_ms = 0;
  fake_push(&env, 0, NULL);
  env.queue[0].network_error = 1;
  CHECK(boot_secret(client, &s, &e) == ANIMA_ERR_NETWORK && env.requests == 8 && env.sleeps == 7 && env.longest_sleep_ms <= 1000);
  anima_client_free(client);
}

static void test_retry_delay_bounds(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  for (int i = 0; i < 2000; i++) {
    uint32_t ra = anima_retry_delay_ms(client, 1, 1);
    uint32_t huge = anima_retry_delay_ms(client, 1, 2000000000L);
    uint32_t backoff = anima_retry_delay_ms(client, 3, -1);
    uint32_t late = anima_retry_delay_ms(client, 64, -1);
    CHECK(ra >= 1000 && ra < 1750);
    CHECK(huge >= 300000 && huge < 300000 + 150250);
    CHECK(backoff <= 4000);
    CHECK(late <= 300000);
  }
  anima_client_free(client);
}

/* Key mode: no secret on the wire, and a new assertion (new jti) for the retry after a 429. */
static void test_key_mode(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  uint8_t seed[ANIMA_SEED_BYTES];
  char public_key[ANIMA_PUBLIC_KEY_B64_MAX];
  CHECK(anima_keygen(seed, public_key) == ANIMA_OK);
  valid_boot_answer(NULL);
  fake_push(&env, 429, "{}");
  env.queue[0].retry_after_s = 1;
  fake_push(&env, 200, answer);
  anima_boot_params params = {FAKE_DEVICE, NULL, seed, NULL, -1};
  anima_session s;
  CHECK(anima_boot(client, &params, &s, NULL) == ANIMA_OK);
  CHECK(env.body_count == 2 && strstr(env.bodies[0], "\"assertion\":\"eyJ") && !strstr(env.bodies[0], "secret"));
  CHECK(strcmp(env.bodies[0], env.bodies[1]) != 0);
  anima_session_clear(&s);
  anima_boot_params both = {FAKE_DEVICE, FAKE_SECRET, seed, NULL, -1};
  CHECK(anima_boot(client, &both, &s, NULL) == ANIMA_ERR_INVALID_ARG);
  anima_client_free(client);
}

/* One boot whose token is `tok` against a JWKS with `kid`: the verification status. */
static anima_status boot_with(const char *tok, const char *kid, const char *issuer, const char *audience, unsigned *jwks_requests) {
  fake_env env;
  anima_config config;
  fake_init(&env, &config);
  fake_jwks(jwks, sizeof jwks, kid);
  env.jwks = (fake_answer){200, -1, jwks, strlen(jwks), 0};
  config.expected_issuer = issuer;
  config.expected_audience = audience;
  anima_client *client = anima_client_new(&config);
  fake_boot_answer(answer, sizeof answer, tok, NULL);
  fake_push(&env, 200, answer);
  anima_session s;
  anima_status status = boot_secret(client, &s, NULL);
  anima_session_clear(&s);
  anima_client_free(client);
  if (jwks_requests) *jwks_requests = env.jwks_requests;
  return status;
}

/* A forged answer (token not verifying) must not move the clock offset. */
static void test_forged_answer_keeps_offset(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  fake_claims(claims, sizeof claims, FAKE_DEVICE, FAKE_NOW + 900);
  fake_token(token, sizeof token, claims, NULL, "k1");
  token[strlen(token) - 3] = token[strlen(token) - 3] == 'A' ? 'B' : 'A';
  fake_boot_answer(answer, sizeof answer, token, NULL);
  env.device_now = FAKE_NOW - 5000;
  fake_push(&env, 200, answer);
  anima_session s;
  CHECK(boot_secret(client, &s, NULL) == ANIMA_ERR_VERIFY && anima_client_clock_offset(client) == 0);
  anima_client_free(client);
}

/* With a trusted device clock, serverTime sets no offset: the same token is expired for a clock 2 h ahead. */
static void test_trusted_clock(void) {
  fake_env env;
  anima_config config;
  fake_init(&env, &config);
  fake_jwks(jwks, sizeof jwks, "k1");
  env.jwks = (fake_answer){200, -1, jwks, strlen(jwks), 0};
  config.trusted_clock = 1;
  anima_client *client = anima_client_new(&config);
  env.device_now = FAKE_NOW + 7200;
  fake_push(&env, 200, valid_boot_answer(NULL));
  anima_session s;
  CHECK(boot_secret(client, &s, NULL) == ANIMA_ERR_VERIFY && anima_client_clock_offset(client) == 0);
  anima_client_free(client);
}

static void test_verification(void) {
  unsigned fetches = 0;
  fake_claims(claims, sizeof claims, FAKE_DEVICE, FAKE_NOW + 900);
  fake_token(token, sizeof token, claims, NULL, "k1");
  CHECK(boot_with(token, "k1", "http://console.test", "anima-realtime", NULL) == ANIMA_OK);
  CHECK(boot_with(token, "k1", "http://evil.test", NULL, NULL) == ANIMA_ERR_VERIFY);
  CHECK(boot_with(token, "k1", NULL, "someone-else", NULL) == ANIMA_ERR_VERIFY);
  CHECK(boot_with(token, "k2", NULL, NULL, &fetches) == ANIMA_ERR_VERIFY && fetches == 1); /* kid not in the JWKS */

  char tampered[BIG];
  memcpy(tampered, token, strlen(token) + 1);
  char *last = tampered + strlen(tampered) - 2;
  *last = *last == 'A' ? 'B' : 'A';
  CHECK(boot_with(tampered, "k1", NULL, NULL, NULL) == ANIMA_ERR_VERIFY);

  fake_token(token, sizeof token, claims, "none", "k1");
  CHECK(boot_with(token, "k1", NULL, NULL, NULL) == ANIMA_ERR_VERIFY);
  fake_token(token, sizeof token, claims, "HS256", "k1");
  CHECK(boot_with(token, "k1", NULL, NULL, NULL) == ANIMA_ERR_VERIFY);

  fake_claims(claims, sizeof claims, FAKE_DEVICE, FAKE_NOW - 31); /* past the 30 s leeway */
  fake_token(token, sizeof token, claims, NULL, "k1");
  CHECK(boot_with(token, "k1", NULL, NULL, NULL) == ANIMA_ERR_VERIFY);
  fake_claims(claims, sizeof claims, "dev_other", FAKE_NOW + 900);
  fake_token(token, sizeof token, claims, NULL, "k1");
  CHECK(boot_with(token, "k1", NULL, NULL, NULL) == ANIMA_ERR_VERIFY);
}

static void test_too_large(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  size_t size = 70000;
  char *huge = malloc(size + 1);
  CHECK(huge != NULL);
  if (!huge) return;
  memset(huge, ' ', size);
  huge[size] = '\0';
  fake_push(&env, 200, huge);
  anima_session s;
  CHECK(boot_secret(client, &s, NULL) == ANIMA_ERR_TOO_LARGE && env.requests == 1);
  free(huge);
  anima_client_free(client);
}

static void test_telemetry(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  anima_sample samples[3];
  for (int i = 0; i < 3; i++) samples[i] = anima_sample_init(FAKE_NOW * 1000 - 1000 * i, "voice", 800 + i);
  samples[1].agent_id = "kids-companion";
  samples[1].asr_ms = 150;
  fake_push(&env, 503, "not json at all");
  fake_push(&env, 200, "{\"result\":{\"data\":{\"accepted\":3,\"duplicate\":false}}}");
  anima_telemetry_result r;
  anima_error e;
  CHECK(anima_report_telemetry(client, "tok.en.x", samples, 3, NULL, &r, &e) == ANIMA_OK && r.accepted == 3 && !r.duplicate);
  CHECK(strlen(r.batch_id) == 36 && r.batch_id[14] == '4');
  CHECK(env.body_count == 2 && strcmp(env.bodies[0], env.bodies[1]) == 0 && strstr(env.bodies[0], r.batch_id)); /* same batchId on retry */
  CHECK(strstr(env.bodies[0], "\"at\":\"2026-01-01T00:00:00.000Z\",\"kind\":\"voice\",\"e2eMs\":800}"));
  CHECK(strstr(env.bodies[0], "\"agentId\":\"kids-companion\",\"asrMs\":150}"));
  anima_telemetry_result_clear(&r);

  unsigned before = env.requests;
  samples[2].kind = "audio";
  CHECK(anima_report_telemetry(client, "tok.en.x", samples, 3, NULL, &r, &e) == ANIMA_ERR_INVALID_ARG);
  CHECK(anima_report_telemetry(client, "tok.en.x", samples, 0, NULL, &r, &e) == ANIMA_ERR_INVALID_ARG);
  samples[2].kind = "video";
  samples[2].at_ms = INT64_C(253402300800000); /* year 10000 */
  CHECK(anima_report_telemetry(client, "tok.en.x", samples, 3, NULL, &r, &e) == ANIMA_ERR_INVALID_ARG);
  CHECK(anima_report_telemetry(client, "tok.en.x", samples, 1, "not-a-uuid", &r, &e) == ANIMA_ERR_INVALID_ARG);
  CHECK(env.requests == before);
  anima_client_free(client);
}

static void test_fetch_config(void) {
  fake_env env;
  anima_config config;
  anima_client *client = client_with_jwks(&env, &config, "k1");
  fake_push(&env, 200, "{\"result\":{\"data\":{\"configVersion\":4,\"config\":{\"agents\":[]}}}}");
  long version = -1;
  char *json = NULL;
  CHECK(anima_fetch_config(client, "tok.en.x", 3, &version, &json, NULL) == ANIMA_OK && version == 4 && json && strcmp(json, "{\"agents\":[]}") == 0);
  CHECK(strcmp(env.last_url, "http://gateway.test:3001/trpc/device.config?input=%7B%22configVersion%22%3A3%7D") == 0);
  anima_free(json);
  env.queue_len = env.served = 0;
  fake_push(&env, 200, "{\"result\":{\"data\":{\"configVersion\":4,\"config\":null}}}");
  CHECK(anima_fetch_config(client, "tok.en.x", 4, &version, &json, NULL) == ANIMA_OK && version == 4 && json == NULL);
  env.queue_len = env.served = 0;
  fake_push(&env, 200, "{\"result\":{\"data\":{\"configVersion\":\"4\"}}}");
  CHECK(anima_fetch_config(client, "tok.en.x", -1, &version, &json, NULL) == ANIMA_ERR_BAD_RESPONSE && json == NULL);
  CHECK(strcmp(env.last_url, "http://gateway.test:3001/trpc/device.config?input=%7B%7D") == 0);
  anima_client_free(client);
}

int run_unit_tests(void) {
  test_base64url();
  test_times();
  test_assertion();
  test_boot_ok();
  test_config_unchanged();
  test_depth_limit();
  test_refused();
  test_retry_after();
  test_retry_delay_bounds();
  test_key_mode();
  test_verification();
  test_forged_answer_keeps_offset();
  test_trusted_clock();
  test_too_large();
  test_telemetry();
  test_fetch_config();
  printf("unit: %s\n", harness_failures ? "FAILED" : "all checks passed");
  return harness_failures;
}
