/* Session token verification against the JWKS, and the key-mode boot assertion. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "internal.h"
#include "json_get.h"

#define JWT_HEADER_MAX 512     /* decoded header bytes */
#define ASSERTION_CLAIMS_MAX 512

/* ---- JWKS ---- */

/* One JWKS entry → `key`; false for anything but an Ed25519 signing key (skipped, not an error). */
static bool read_jwk(const cJSON *entry, anima_jwk *key) {
  const char *kty = anima_json_string_ref(entry, "kty");
  const char *crv = anima_json_string_ref(entry, "crv");
  const char *alg = anima_json_string_ref(entry, "alg");
  const char *use = anima_json_string_ref(entry, "use");
  const char *x = anima_json_string_ref(entry, "x");
  if (!kty || strcmp(kty, "OKP") != 0 || !crv || strcmp(crv, "Ed25519") != 0 || !x) return false;
  if ((alg && strcmp(alg, "EdDSA") != 0) || (use && strcmp(use, "sig") != 0)) return false;
  if (!anima_json_string(entry, "kid", key->kid, sizeof key->kid) || key->kid[0] == '\0') return false;
  size_t len = 0;
  return strlen(x) == 43 && anima_b64url_decode(x, 43, key->x, sizeof key->x, &len) && len == 32;
}

/* Reads a parsed JWKS document into the client's key cache. */
static anima_status jwks_read(anima_client *client, const cJSON *root) {
  const cJSON *keys = anima_json_field(root, "keys");
  if (!cJSON_IsArray(keys)) {
    anima_logf(client, ANIMA_LOG_ERROR, "JWKS: not a key set");
    return ANIMA_ERR_VERIFY;
  }
  client->jwks_count = 0;
  const cJSON *entry = NULL;
  cJSON_ArrayForEach(entry, keys) {
    if (client->jwks_count == ANIMA_MAX_JWKS_KEYS) break;
    if (read_jwk(entry, &client->jwks[client->jwks_count])) client->jwks_count++;
  }
  client->jwks_loaded = true;
  anima_logf(client, ANIMA_LOG_DEBUG, "JWKS: %zu Ed25519 key(s)", client->jwks_count);
  return ANIMA_OK;
}

anima_status anima_jwks_parse(anima_client *client, const char *json, size_t len) {
  cJSON *root = anima_json_parse(json, len);
  anima_status status = jwks_read(client, root);
  cJSON_Delete(root);
  return status;
}

anima_status anima_jwks_load(anima_client *client, anima_error *error) {
  cJSON *root = NULL;
  anima_status status = anima_get_json(client, "/.well-known/jwks.json", &root, error);
  /* A gateway that cannot show its keys leaves the token unverifiable. */
  if (status == ANIMA_ERR_BAD_RESPONSE || status == ANIMA_ERR_REFUSED || status == ANIMA_ERR_TOO_LARGE) status = ANIMA_ERR_VERIFY;
  if (status == ANIMA_OK) status = jwks_read(client, root);
  cJSON_Delete(root);
  return status;
}

static const anima_jwk *find_key(const anima_client *client, const char *kid) {
  for (size_t i = 0; i < client->jwks_count; i++)
    if (strcmp(client->jwks[i].kid, kid) == 0) return &client->jwks[i];
  return NULL;
}

/* The key named by `kid`: from the cache, else from a fresh JWKS (keys rotate). */
static anima_status key_for(anima_client *client, const char *kid, const anima_jwk **key) {
  *key = client->jwks_loaded ? find_key(client, kid) : NULL;
  if (*key) return ANIMA_OK;
  anima_status status = anima_jwks_load(client, NULL);
  if (status != ANIMA_OK) return status;
  *key = find_key(client, kid);
  if (*key) return ANIMA_OK;
  anima_logf(client, ANIMA_LOG_ERROR, "token: its kid is not in the JWKS");
  return ANIMA_ERR_VERIFY;
}

/* ---- Token ---- */

typedef struct {
  size_t header_len;   /* "<header>" */
  size_t signed_len;   /* "<header>.<payload>" */
  size_t len;          /* whole token */
} jwt_parts;

static bool split_jwt(const char *token, jwt_parts *parts) {
  parts->len = strnlen(token, ANIMA_TOKEN_MAX);
  if (parts->len == 0 || parts->len >= ANIMA_TOKEN_MAX) return false;
  const char *first = memchr(token, '.', parts->len);
  if (!first) return false;
  const char *second = memchr(first + 1, '.', parts->len - (size_t)(first + 1 - token));
  if (!second || memchr(second + 1, '.', parts->len - (size_t)(second + 1 - token))) return false;
  parts->header_len = (size_t)(first - token);
  parts->signed_len = (size_t)(second - token);
  return parts->header_len > 0 && parts->signed_len > parts->header_len + 1;
}

/* Decodes a base64url segment and parses it as a JSON object (NULL on any failure). */
static cJSON *decode_json_segment(const char *segment, size_t len) {
  size_t cap = len / 4 * 3 + 3;
  uint8_t *bytes = malloc(cap);
  if (!bytes) return NULL;
  size_t out_len = 0;
  cJSON *json = anima_b64url_decode(segment, len, bytes, cap, &out_len) ? anima_json_parse((const char *)bytes, out_len) : NULL;
  free(bytes);
  if (json && !cJSON_IsObject(json)) {
    cJSON_Delete(json);
    return NULL;
  }
  return json;
}

/* alg must be EdDSA (no "none", no algorithm chosen by the token); kid names the key. */
static anima_status check_header(anima_client *client, const char *token, const jwt_parts *parts, char kid[ANIMA_ID_MAX]) {
  if (parts->header_len > JWT_HEADER_MAX) return ANIMA_ERR_VERIFY;
  cJSON *header = decode_json_segment(token, parts->header_len);
  const char *alg = anima_json_string_ref(header, "alg");
  bool ok = alg && strcmp(alg, "EdDSA") == 0 && anima_json_string(header, "kid", kid, ANIMA_ID_MAX) && kid[0];
  cJSON_Delete(header);
  if (!ok) anima_logf(client, ANIMA_LOG_ERROR, "token: header is not EdDSA with a kid");
  return ok ? ANIMA_OK : ANIMA_ERR_VERIFY;
}

static bool audience_matches(const cJSON *claims, const char *expected) {
  const cJSON *aud = anima_json_field(claims, "aud");
  if (cJSON_IsString(aud)) return aud->valuestring && strcmp(aud->valuestring, expected) == 0;
  if (!cJSON_IsArray(aud)) return false;
  const cJSON *entry = NULL;
  cJSON_ArrayForEach(entry, aud) {
    if (cJSON_IsString(entry) && entry->valuestring && strcmp(entry->valuestring, expected) == 0) return true;
  }
  return false;
}

/* Claims of a token whose signature already verified: exp (server clock), sub, iss, aud. */
static anima_status check_claims(anima_client *client, const cJSON *claims, const char *expected_subject) {
  int64_t exp = 0;
  if (!anima_json_integer(claims, "exp", 0, INT64_C(1) << 50, &exp)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: no exp");
    return ANIMA_ERR_VERIFY;
  }
  /* The device clock may be off: compare on the server's clock, as learned from serverTime. */
  if (exp + (int64_t)client->clock_leeway_s <= anima_client_server_now(client)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: expired");
    return ANIMA_ERR_VERIFY;
  }
  const char *sub = anima_json_string_ref(claims, "sub");
  if (expected_subject && (!sub || strcmp(sub, expected_subject) != 0)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: sub is not this device");
    return ANIMA_ERR_VERIFY;
  }
  const char *iss = anima_json_string_ref(claims, "iss");
  if (client->expected_issuer[0] && (!iss || strcmp(iss, client->expected_issuer) != 0)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: unexpected iss");
    return ANIMA_ERR_VERIFY;
  }
  if (client->expected_audience[0] && !audience_matches(claims, client->expected_audience)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: unexpected aud");
    return ANIMA_ERR_VERIFY;
  }
  return ANIMA_OK;
}

anima_status anima_verify_token(anima_client *client, const char *token, const char *expected_subject) {
  if (!client || !token) return ANIMA_ERR_INVALID_ARG;
  jwt_parts parts;
  char kid[ANIMA_ID_MAX];
  if (!split_jwt(token, &parts)) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: not a compact JWS");
    return ANIMA_ERR_VERIFY;
  }
  anima_status status = check_header(client, token, &parts, kid);
  const anima_jwk *key = NULL;
  if (status == ANIMA_OK) status = key_for(client, kid, &key);
  if (status != ANIMA_OK) return status;

  uint8_t signature[crypto_sign_BYTES];
  size_t sig_len = 0;
  const char *sig_text = token + parts.signed_len + 1;
  if (!anima_b64url_decode(sig_text, parts.len - parts.signed_len - 1, signature, sizeof signature, &sig_len) || sig_len != sizeof signature ||
      crypto_sign_verify_detached(signature, (const unsigned char *)token, parts.signed_len, key->x) != 0) {
    anima_logf(client, ANIMA_LOG_ERROR, "token: signature does not verify");
    return ANIMA_ERR_VERIFY;
  }
  /* Only a verified payload is parsed. */
  cJSON *claims = decode_json_segment(token + parts.header_len + 1, parts.signed_len - parts.header_len - 1);
  status = claims ? check_claims(client, claims, expected_subject) : ANIMA_ERR_VERIFY;
  cJSON_Delete(claims);
  if (status == ANIMA_OK) anima_logf(client, ANIMA_LOG_DEBUG, "token: verified");
  return status;
}

/* ---- Key mode ---- */

anima_status anima_public_key(const uint8_t seed[ANIMA_SEED_BYTES], char public_key[ANIMA_PUBLIC_KEY_B64_MAX]) {
  if (!seed || !public_key || sodium_init() < 0) return seed && public_key ? ANIMA_ERR_CRYPTO : ANIMA_ERR_INVALID_ARG;
  uint8_t pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_seed_keypair(pk, sk, seed);
  sodium_memzero(sk, sizeof sk);
  anima_b64url_encode(pk, sizeof pk, public_key, ANIMA_PUBLIC_KEY_B64_MAX);
  return ANIMA_OK;
}

anima_status anima_keygen(uint8_t seed[ANIMA_SEED_BYTES], char public_key[ANIMA_PUBLIC_KEY_B64_MAX]) {
  if (!seed || !public_key) return ANIMA_ERR_INVALID_ARG;
  if (sodium_init() < 0) return ANIMA_ERR_CRYPTO;
  randombytes_buf(seed, ANIMA_SEED_BYTES);
  return anima_public_key(seed, public_key);
}

anima_status anima_seed_from_text(const char *text, uint8_t seed[ANIMA_SEED_BYTES]) {
  if (!text || !seed) return ANIMA_ERR_INVALID_ARG;
  size_t len = strnlen(text, 128);
  while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' ' || text[len - 1] == '\t')) len--;
  size_t out_len = 0;
  if (len != 43 || !anima_b64url_decode(text, len, seed, ANIMA_SEED_BYTES, &out_len) || out_len != ANIMA_SEED_BYTES) return ANIMA_ERR_INVALID_ARG;
  return ANIMA_OK;
}

anima_status anima_seed_to_text(const uint8_t seed[ANIMA_SEED_BYTES], char text[ANIMA_PUBLIC_KEY_B64_MAX]) {
  if (!seed || !text) return ANIMA_ERR_INVALID_ARG;
  return anima_b64url_encode(seed, ANIMA_SEED_BYTES, text, ANIMA_PUBLIC_KEY_B64_MAX) ? ANIMA_OK : ANIMA_ERR_INVALID_ARG;
}

/* {"iss":…,"aud":"anima-device-boot","iat":…,"exp":…,"jti":…} through cJSON, so the deviceId is escaped. */
static char *assertion_claims(const char *device_id, int64_t now_s) {
  uint8_t nonce[16];
  char jti[33];
  randombytes_buf(nonce, sizeof nonce);
  anima_hex(nonce, sizeof nonce, jti);
  cJSON *claims = cJSON_CreateObject();
  char *text = NULL;
  if (claims && cJSON_AddStringToObject(claims, "iss", device_id) && cJSON_AddStringToObject(claims, "aud", "anima-device-boot") &&
      cJSON_AddNumberToObject(claims, "iat", (double)now_s) && cJSON_AddNumberToObject(claims, "exp", (double)(now_s + 60)) &&
      cJSON_AddStringToObject(claims, "jti", jti))
    text = cJSON_PrintUnformatted(claims);
  cJSON_Delete(claims);
  return text;
}

anima_status anima_sign_assertion(const uint8_t seed[ANIMA_SEED_BYTES], const char *device_id, int64_t now_s, char *out, size_t cap) {
  static const char header[] = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\"}";
  if (!seed || !device_id || !out || cap == 0 || strnlen(device_id, ANIMA_ID_MAX) >= ANIMA_ID_MAX || now_s < 0) return ANIMA_ERR_INVALID_ARG;
  if (sodium_init() < 0) return ANIMA_ERR_CRYPTO;
  char *claims = assertion_claims(device_id, now_s);
  if (!claims) return ANIMA_ERR_NO_MEMORY;
  size_t claims_len = strlen(claims);
  size_t header_b64 = anima_b64url_encoded_len(sizeof header - 1), claims_b64 = anima_b64url_encoded_len(claims_len);
  size_t sig_b64 = anima_b64url_encoded_len(crypto_sign_BYTES);
  anima_status status = ANIMA_ERR_INVALID_ARG;
  if (claims_len <= ASSERTION_CLAIMS_MAX && header_b64 + 1 + claims_b64 + 1 + sig_b64 < cap) {
    anima_b64url_encode((const uint8_t *)header, sizeof header - 1, out, cap);
    out[header_b64] = '.';
    anima_b64url_encode((const uint8_t *)claims, claims_len, out + header_b64 + 1, cap - header_b64 - 1);
    size_t signed_len = header_b64 + 1 + claims_b64;
    uint8_t pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
    crypto_sign_seed_keypair(pk, sk, seed);
    crypto_sign_detached(sig, NULL, (const unsigned char *)out, signed_len, sk);
    sodium_memzero(sk, sizeof sk);
    out[signed_len] = '.';
    anima_b64url_encode(sig, sizeof sig, out + signed_len + 1, cap - signed_len - 1);
    status = ANIMA_OK;
  }
  cJSON_free(claims);
  return status;
}
