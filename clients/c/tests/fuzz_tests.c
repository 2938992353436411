/*
 * Fuzzing the answer-parsing paths (boot, refresh, config, telemetry, error envelopes, JWKS) through the
 * fake transport. Deterministic: case i uses seed i. Each case mutates a valid answer —
 * truncation, byte flips, random bytes, wrong types, removed fields, deep nesting, huge bodies,
 * spliced tokens, extreme numbers, odd Retry-After values — and asserts a clean status, no
 * secret in the log, and (under ASan/UBSan) no memory error or leak.
 */
#include <stdlib.h>
#include <string.h>

#include "fake_transport.h"
#include "harness.h"
#include "internal.h"

#define DOC_MAX 200000
#define TARGETS 6
#define MUTATIONS 8

enum { T_BOOT, T_JWKS, T_REFRESH, T_TELEMETRY, T_ERROR, T_CONFIG };

static const char *const TARGET_NAMES[TARGETS] = {"boot", "jwks", "refresh", "telemetry", "error", "config"};

typedef struct {
  uint64_t state;
} rng;

static uint64_t next(rng *r) { /* xorshift64* */
  r->state ^= r->state >> 12;
  r->state ^= r->state << 25;
  r->state ^= r->state >> 27;
  return r->state * UINT64_C(2685821657736338717);
}

static size_t below(rng *r, size_t n) { return n ? (size_t)(next(r) % n) : 0; }

static char valid_token[4096], valid_boot[8192], valid_refresh[8192], valid_jwks[1024];
static const char VALID_TELEMETRY[] = "{\"result\":{\"data\":{\"accepted\":5,\"duplicate\":false}}}";
static const char VALID_CONFIG[] = "{\"result\":{\"data\":{\"configVersion\":4,\"config\":{\"agents\":[{\"agentId\":\"a\",\"tools\":[\"t\"]}]}}}}";
static const char VALID_ERROR[] = "{\"error\":{\"message\":\"Invalid device credentials.\",\"code\":-32001,\"data\":{\"code\":\"UNAUTHORIZED\",\"httpStatus\":401,"
                                  "\"path\":\"device.boot\",\"reason\":\"INVALID_CREDENTIALS\"}}}";

static void prepare_valid_answers(void) {
  char claims[1024];
  fake_claims(claims, sizeof claims, FAKE_DEVICE, FAKE_NOW + 900);
  fake_token(valid_token, sizeof valid_token, claims, NULL, "k1");
  fake_boot_answer(valid_boot, sizeof valid_boot, valid_token, "{\"agents\":[{\"agentId\":\"story-teller\",\"settings\":{\"voice\":\"warm\"}}]}");
  fake_refresh_answer(valid_refresh, sizeof valid_refresh, valid_token);
  fake_jwks(valid_jwks, sizeof valid_jwks, "k1");
}

/* ---- Mutations (each writes into `out`, DOC_MAX bytes, returns the length) ---- */

static size_t copy_doc(char *out, const char *doc) {
  size_t len = strlen(doc);
  memcpy(out, doc, len);
  return len;
}

static size_t truncate_doc(rng *r, char *out, const char *doc) {
  size_t len = copy_doc(out, doc);
  return below(r, len + 1);
}

static size_t flip_bytes(rng *r, char *out, const char *doc) {
  size_t len = copy_doc(out, doc);
  size_t flips = 1 + below(r, 8);
  for (size_t i = 0; i < flips && len; i++) out[below(r, len)] = (char)next(r);
  return len;
}

static size_t random_bytes(rng *r, char *out) {
  static const char JSONISH[] = "{}[]\":,0123456789.-+eE truefalsnul\\u";
  size_t len = below(r, 4096);
  bool jsonish = next(r) & 1;
  for (size_t i = 0; i < len; i++) out[i] = jsonish ? JSONISH[below(r, sizeof JSONISH - 1)] : (char)next(r);
  return len;
}

/* A value of a random type, including the awkward ones: extremes, long strings, nesting. */
static cJSON *random_value(rng *r) {
  static const double NUMBERS[] = {0, -1, 1.5, 1e308, -1e308, 9007199254740993.0, 4294967296.0, 2147483648.0, -0.0, 1e-300};
  switch (below(r, 9)) {
    case 0: return cJSON_CreateNull();
    case 1: return cJSON_CreateBool(next(r) & 1);
    case 2: return cJSON_CreateNumber(NUMBERS[below(r, sizeof NUMBERS / sizeof NUMBERS[0])]);
    case 3: return cJSON_CreateString("");
    case 4: {
      size_t len = 1 + below(r, 9000);
      char *text = malloc(len + 1);
      if (!text) return NULL;
      memset(text, 'A' + (int)below(r, 26), len);
      text[len] = '\0';
      cJSON *item = cJSON_CreateString(text);
      free(text);
      return item;
    }
    case 5: return cJSON_CreateString("2026-99-99T99:99:99Z");
    case 6: return cJSON_CreateArray();
    case 7: return cJSON_CreateObject();
    default: return cJSON_CreateString("eyJhbGciOiJub25lIn0.e30.");
  }
}

/* Collects up to `cap` nodes of the tree (depth first) so one can be picked at random. */
static void collect(cJSON *node, cJSON **nodes, size_t *count, size_t cap) {
  for (cJSON *child = node ? node->child : NULL; child && *count < cap; child = child->next) {
    nodes[(*count)++] = child;
    collect(child, nodes, count, cap);
  }
}

/* Replaces a random node by a random value, or removes it; optionally several times. */
static size_t mutate_structure(rng *r, char *out, const char *doc) {
  cJSON *root = cJSON_Parse(doc);
  if (!root) return copy_doc(out, doc);
  size_t rounds = 1 + below(r, 3);
  for (size_t round = 0; round < rounds; round++) {
    cJSON *nodes[256];
    size_t count = 0;
    collect(root, nodes, &count, 256);
    if (!count) break;
    cJSON *victim = nodes[below(r, count)];
    cJSON *parent = NULL;
    for (size_t i = 0; i < count && !parent; i++)
      for (cJSON *c = nodes[i]->child; c; c = c->next)
        if (c == victim) parent = nodes[i];
    if (!parent) parent = root;
    if (next(r) % 4 == 0) {
      cJSON_Delete(cJSON_DetachItemViaPointer(parent, victim));
    } else {
      cJSON *value = random_value(r);
      if (value && !cJSON_ReplaceItemViaPointer(parent, victim, value)) cJSON_Delete(value);
    }
  }
  char *text = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  if (!text) return 0;
  size_t len = strlen(text);
  if (len > DOC_MAX) len = DOC_MAX;
  memcpy(out, text, len);
  cJSON_free(text);
  return len;
}

/* Deep nesting, at the top level or in place of the config: beyond cJSON's nesting limit or not. */
static size_t deep_nesting(rng *r, char *out, const char *doc) {
  static const size_t DEPTHS[] = {10, 999, 1000, 1001, 5000, 60000};
  size_t depth = DEPTHS[below(r, sizeof DEPTHS / sizeof DEPTHS[0])];
  bool objects = next(r) & 1;
  const char *open = objects ? "{\"a\":" : "[", *close = objects ? "}" : "]";
  size_t open_len = strlen(open), len = 0;
  const char *hole = strstr(doc, "\"config\":");
  size_t prefix = hole && (next(r) & 1) ? (size_t)(hole - doc) + 9 : 0;
  if (prefix) len = (size_t)(memcpy(out, doc, prefix), prefix);
  for (size_t i = 0; i < depth && len + open_len < DOC_MAX / 2; i++, len += open_len) memcpy(out + len, open, open_len);
  size_t opened = (len - prefix) / open_len;
  out[len++] = '1';
  for (size_t i = 0; i < opened; i++) out[len++] = close[0];
  if (prefix) {
    const char *rest = strstr(hole, ",\"session\"");
    size_t rest_len = rest ? strlen(rest) : 0;
    if (rest && len + rest_len < DOC_MAX) len += (size_t)(memcpy(out + len, rest, rest_len), rest_len);
  }
  return len;
}

/* Bodies around and beyond the 64 KiB answer limit, or one huge string field. */
static size_t huge(rng *r, char *out, const char *doc) {
  size_t len = 60000 + below(r, 20000);
  if (next(r) & 1) {
    size_t doc_len = copy_doc(out, doc);
    if (doc_len > 2) {
      memcpy(out + doc_len - 1, ",\"pad\":\"", 8); /* keeps the doc an object: {..., "pad":"xxxx"} */
      size_t at = doc_len + 7;
      while (at < len) out[at++] = 'x';
      out[at++] = '"';
      out[at++] = '}';
      return at;
    }
  }
  memset(out, next(r) & 1 ? ' ' : '[', len);
  return len;
}

static size_t splice(rng *r, char *out, const char *doc) {
  static const char *const TOKENS[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "\\u0000", "\\ud800", "1e999", "-", "\"x\":", "\xff\xfe"};
  size_t len = copy_doc(out, doc);
  const char *token = TOKENS[below(r, sizeof TOKENS / sizeof TOKENS[0])];
  size_t token_len = strlen(token), at = below(r, len + 1);
  memmove(out + at + token_len, out + at, len - at);
  memcpy(out + at, token, token_len);
  return len + token_len;
}

static size_t mutate(rng *r, unsigned mutation, char *out, const char *doc) {
  switch (mutation) {
    case 0: return truncate_doc(r, out, doc);
    case 1: return flip_bytes(r, out, doc);
    case 2: return random_bytes(r, out);
    case 3: return mutate_structure(r, out, doc);
    case 4: return deep_nesting(r, out, doc);
    case 5: return huge(r, out, doc);
    case 6: return splice(r, out, doc);
    default: return mutate_structure(r, out, doc);
  }
}

/* ---- Running a case ---- */

typedef struct {
  unsigned by_status[ANIMA_ERR_CRYPTO + 1];
  unsigned cases;
} tally;

static bool clean_status(anima_status status) {
  return status == ANIMA_OK || status == ANIMA_ERR_REFUSED || status == ANIMA_ERR_BUSY || status == ANIMA_ERR_BAD_RESPONSE || status == ANIMA_ERR_TOO_LARGE ||
         status == ANIMA_ERR_VERIFY;
}

static anima_status call_target(anima_client *client, unsigned target) {
  anima_session session;
  anima_error error;
  anima_status status;
  if (target == T_TELEMETRY) {
    anima_sample sample = anima_sample_init(FAKE_NOW * 1000, "video", 900);
    anima_telemetry_result result;
    status = anima_report_telemetry(client, valid_token, &sample, 1, NULL, &result, &error);
    CHECK(status != ANIMA_OK || (result.output_json && result.accepted >= 0));
    anima_telemetry_result_clear(&result);
    return status;
  }
  if (target == T_CONFIG) {
    long version = -1;
    char *json = NULL;
    status = anima_fetch_config(client, valid_token, 3, &version, &json, &error);
    CHECK(status == ANIMA_OK || json == NULL);
    anima_free(json);
    return status;
  }
  if (target == T_REFRESH) {
    status = anima_refresh(client, valid_token, FAKE_DEVICE, &session, &error);
  } else {
    anima_boot_params params = {FAKE_DEVICE, FAKE_SECRET, NULL, "fuzz", -1};
    status = anima_boot(client, &params, &session, &error);
  }
  CHECK(status != ANIMA_OK || (session.output_json && session.token[0]));
  CHECK(status == ANIMA_OK || session.output_json == NULL);
  CHECK(strstr(error.message, FAKE_SECRET) == NULL);
  anima_session_clear(&session);
  return status;
}

static void run_case(unsigned index, char *doc, tally *t) {
  rng r = {UINT64_C(0x9E3779B97F4A7C15) ^ ((uint64_t)index * UINT64_C(0xBF58476D1CE4E5B9) + 1)};
  unsigned target = index % TARGETS, mutation = (unsigned)below(&r, MUTATIONS);
  static const char *const VALID_DOCS[TARGETS] = {valid_boot, valid_jwks, valid_refresh, VALID_TELEMETRY, VALID_ERROR, VALID_CONFIG};
  const char *valid = VALID_DOCS[target];
  size_t len = mutate(&r, mutation, doc, valid);

  fake_env env;
  anima_config config;
  fake_init(&env, &config);
  env.forbidden[1] = valid_token;
  config.max_attempts = 2;
  anima_client *client = anima_client_new(&config);
  CHECK(client != NULL);
  if (!client) return;
  env.jwks = (fake_answer){200, -1, valid_jwks, strlen(valid_jwks), 0};
  fake_answer mutated = {200, -1, doc, len, 0};
  if (target == T_JWKS) {
    env.jwks = mutated;
    fake_push(&env, 200, valid_boot);
  } else {
    static const int STATUSES[] = {400, 401, 402, 403, 404, 412, 413, 429, 500, 502, 503, 302, 200, 0, 999};
    static const long RETRY_AFTER[] = {-1, 0, 1, 30, 86400, 2147483647L};
    if (target == T_ERROR) {
      mutated.status = STATUSES[below(&r, sizeof STATUSES / sizeof STATUSES[0])];
      mutated.retry_after_s = RETRY_AFTER[below(&r, sizeof RETRY_AFTER / sizeof RETRY_AFTER[0])];
    }
    env.queue[0] = mutated;
    env.queue_len = 1;
  }
  anima_status status = call_target(client, target == T_JWKS ? T_BOOT : target);
  if (!clean_status(status)) fprintf(stderr, "fuzz case %u (%s, mutation %u): %s\n", index, TARGET_NAMES[target], mutation, anima_status_name(status));
  CHECK(clean_status(status));
  CHECK(env.log_violations == 0);
  CHECK(env.longest_sleep_ms <= 300000 + 150250);
  CHECK(env.requests <= 2 + 2); /* two attempts at most, plus JWKS fetch and refetch */
  t->by_status[status]++;
  t->cases++;
  anima_client_free(client);
}

int run_fuzz_tests(unsigned cases) {
  prepare_valid_answers();
  char *doc = malloc(DOC_MAX + 64);
  CHECK(doc != NULL);
  if (!doc) return 1;
  tally t = {{0}, 0};
  for (unsigned i = 0; i < cases; i++) run_case(i, doc, &t);
  free(doc);
  printf("fuzz: %u cases (%u targets x %u mutations, seeds 0..%u):", t.cases, TARGETS, MUTATIONS, cases ? cases - 1 : 0);
  for (int s = 0; s <= ANIMA_ERR_CRYPTO; s++)
    if (t.by_status[s]) printf(" %s=%u", anima_status_name((anima_status)s), t.by_status[s]);
  printf("\n");
  return harness_failures;
}
