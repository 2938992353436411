/*
 * anima-device — the Anima device client on the command line (Linux, libcurl).
 *
 *   anima-device boot --gateway URL --device-id ID (--secret S | --key-file PATH) [--firmware V]
 *   anima-device refresh --gateway URL --token T [--device-id ID]
 *   anima-device telemetry --gateway URL --token T --samples N [--batch-id UUID]
 *   anima-device config --gateway URL --token T [--config-version N]
 *   anima-device keygen --key-file PATH
 *   anima-device pubkey --key-file PATH
 *
 * Prints the answer's JSON on stdout. Errors go to stderr with the gateway's `reason`; the
 * exit code says what kind of failure it was (see usage()). Secrets never reach stdout or
 * stderr — except the session token, which is boot's output.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <sodium.h>

#include "anima/anima.h"
#include "anima/anima_curl.h"

enum {
  EXIT_OK = 0,
  EXIT_USAGE = 2,
  EXIT_REFUSED = 3,
  EXIT_NETWORK = 4,
  EXIT_VERIFY = 5,
  EXIT_BAD_ANSWER = 6,
  EXIT_LOCAL = 7,
};

typedef struct {
  const char *command;
  const char *gateway, *device_id, *secret, *key_file, *firmware, *token, *batch_id, *issuer, *audience;
  long config_version, samples, max_attempts, timeout_ms;
  int verbose;
} options;

static void usage(FILE *out) {
  fputs("usage:\n"
        "  anima-device boot --gateway URL --device-id ID (--secret S | --key-file PATH) [--firmware V]\n"
        "                    [--config-version N] [--issuer ISS] [--audience AUD]\n"
        "  anima-device refresh --gateway URL --token T [--device-id ID]\n"
        "  anima-device telemetry --gateway URL --token T --samples N [--batch-id UUID]\n"
        "  anima-device config --gateway URL --token T [--config-version N]\n"
        "  anima-device keygen --key-file PATH    (writes a new key, prints its public key)\n"
        "  anima-device pubkey --key-file PATH    (prints the public key of a key file)\n"
        "common: [--max-attempts N] [--timeout-ms MS] [--verbose]\n"
        "env: ANIMA_DEVICE_SECRET instead of --secret, ANIMA_DEVICE_TOKEN instead of --token\n"
        "exit: 0 ok, 2 usage, 3 refused by the gateway (reason on stderr), 4 network or still busy\n"
        "      after retries, 5 token does not verify against the JWKS, 6 malformed answer, 7 local error\n",
        out);
}

static int parse_long(const char *text, long min, long max, long *out) {
  char *end = NULL;
  errno = 0;
  long value = strtol(text, &end, 10);
  if (errno || !end || *end || end == text || value < min || value > max) return -1;
  *out = value;
  return 0;
}

/* Flags with a value; returns 0, or -1 after printing what was wrong. */
static int parse_flag(options *o, const char *flag, const char *value) {
  struct {
    const char *name;
    const char **slot;
  } strings[] = {{"--gateway", &o->gateway}, {"--device-id", &o->device_id}, {"--secret", &o->secret},   {"--key-file", &o->key_file},
                 {"--firmware", &o->firmware}, {"--token", &o->token},        {"--batch-id", &o->batch_id}, {"--issuer", &o->issuer},
                 {"--audience", &o->audience}};
  for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
    if (strcmp(flag, strings[i].name) == 0) {
      *strings[i].slot = value;
      return 0;
    }
  }
  struct {
    const char *name;
    long *slot;
    long min, max;
  } numbers[] = {{"--config-version", &o->config_version, 0, 2147483647L},
                 {"--samples", &o->samples, 1, ANIMA_MAX_SAMPLES},
                 {"--max-attempts", &o->max_attempts, 1, 100},
                 {"--timeout-ms", &o->timeout_ms, 1, 600000}};
  for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
    if (strcmp(flag, numbers[i].name) == 0) {
      if (parse_long(value, numbers[i].min, numbers[i].max, numbers[i].slot) == 0) return 0;
      fprintf(stderr, "anima-device: %s takes a number from %ld to %ld\n", flag, numbers[i].min, numbers[i].max);
      return -1;
    }
  }
  fprintf(stderr, "anima-device: unknown flag %s\n", flag);
  return -1;
}

static int parse_args(int argc, char **argv, options *o) {
  memset(o, 0, sizeof *o);
  o->config_version = -1;
  if (argc < 2) return -1;
  o->command = argv[1];
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--verbose") == 0) {
      o->verbose = 1;
    } else if (strncmp(argv[i], "--", 2) == 0 && i + 1 < argc) {
      if (parse_flag(o, argv[i], argv[i + 1]) != 0) return -1;
      i++;
    } else {
      fprintf(stderr, "anima-device: unexpected argument %s\n", strncmp(argv[i], "--", 2) == 0 ? argv[i] : "(a value without a flag)");
      return -1;
    }
  }
  if (!o->secret) o->secret = getenv("ANIMA_DEVICE_SECRET");
  if (!o->token) o->token = getenv("ANIMA_DEVICE_TOKEN");
  return 0;
}

static void log_to_stderr(void *ctx, anima_log_level level, const char *message) {
  const int *verbose = ctx;
  if (level >= ANIMA_LOG_WARN || *verbose) fprintf(stderr, "anima-device: %s\n", message);
}

/* The exit code for a library status; refusals print the gateway's reason. */
static int report_failure(const char *what, anima_status status, const anima_error *error) {
  switch (status) {
    case ANIMA_ERR_REFUSED:
      fprintf(stderr, "anima-device: %s refused: %s (%s, HTTP %d): %s\n", what, error->reason[0] ? error->reason : "no reason", error->code[0] ? error->code : "?",
              error->http_status, error->message);
      return EXIT_REFUSED;
    case ANIMA_ERR_BUSY:
      fprintf(stderr, "anima-device: %s: gateway still busy after every attempt: %s (HTTP %d)\n", what, error->reason[0] ? error->reason : "no reason", error->http_status);
      return EXIT_NETWORK;
    case ANIMA_ERR_NETWORK:
      fprintf(stderr, "anima-device: %s: no answer from the gateway\n", what);
      return EXIT_NETWORK;
    case ANIMA_ERR_VERIFY:
      fprintf(stderr, "anima-device: %s: the session token does not verify against the gateway's JWKS\n", what);
      return EXIT_VERIFY;
    case ANIMA_ERR_BAD_RESPONSE:
    case ANIMA_ERR_TOO_LARGE:
      fprintf(stderr, "anima-device: %s: the gateway's answer is not the contract's (%s)\n", what, anima_status_name(status));
      return EXIT_BAD_ANSWER;
    case ANIMA_ERR_INVALID_ARG:
      fprintf(stderr, "anima-device: %s: invalid arguments\n", what);
      return EXIT_USAGE;
    default:
      fprintf(stderr, "anima-device: %s: %s\n", what, anima_status_name(status));
      return EXIT_LOCAL;
  }
}

/* Reads a key file: the base64url seed (43 characters) and an optional newline. */
static int read_key_file(const char *path, uint8_t seed[ANIMA_SEED_BYTES]) {
  FILE *file = fopen(path, "r");
  if (!file) {
    fprintf(stderr, "anima-device: cannot open key file %s: %s\n", path, strerror(errno));
    return -1;
  }
  char text[128];
  size_t len = fread(text, 1, sizeof text - 1, file);
  fclose(file);
  text[len] = '\0';
  int rc = anima_seed_from_text(text, seed) == ANIMA_OK ? 0 : -1;
  sodium_memzero(text, sizeof text);
  if (rc != 0) fprintf(stderr, "anima-device: %s is not a key file (base64url of a 32-byte Ed25519 seed)\n", path);
  return rc;
}

static int print_public_key(const uint8_t seed[ANIMA_SEED_BYTES], const char *path) {
  char public_key[ANIMA_PUBLIC_KEY_B64_MAX];
  if (anima_public_key(seed, public_key) != ANIMA_OK) return EXIT_LOCAL;
  cJSON *out = cJSON_CreateObject();
  char *text = out && cJSON_AddStringToObject(out, "publicKey", public_key) && cJSON_AddStringToObject(out, "keyFile", path) ? cJSON_PrintUnformatted(out) : NULL;
  cJSON_Delete(out);
  if (!text) return EXIT_LOCAL;
  puts(text);
  cJSON_free(text);
  return EXIT_OK;
}

static int cmd_keygen(const options *o) {
  if (!o->key_file) return EXIT_USAGE;
  uint8_t seed[ANIMA_SEED_BYTES];
  char text[ANIMA_PUBLIC_KEY_B64_MAX + 1];
  if (anima_keygen(seed, text) != ANIMA_OK || anima_seed_to_text(seed, text) != ANIMA_OK) return EXIT_LOCAL;
  /* O_EXCL: never overwrite a device's existing identity. */
  int fd = open(o->key_file, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    fprintf(stderr, "anima-device: cannot create key file %s: %s\n", o->key_file, strerror(errno));
    return EXIT_LOCAL;
  }
  size_t len = strlen(text);
  text[len++] = '\n';
  int ok = write(fd, text, len) == (ssize_t)len;
  ok = close(fd) == 0 && ok;
  sodium_memzero(text, sizeof text);
  int rc = ok ? print_public_key(seed, o->key_file) : EXIT_LOCAL;
  sodium_memzero(seed, sizeof seed);
  return rc;
}

static int cmd_pubkey(const options *o) {
  uint8_t seed[ANIMA_SEED_BYTES];
  if (!o->key_file) return EXIT_USAGE;
  if (read_key_file(o->key_file, seed) != 0) return EXIT_LOCAL;
  int rc = print_public_key(seed, o->key_file);
  sodium_memzero(seed, sizeof seed);
  return rc;
}

static int cmd_boot(const options *o, anima_client *client) {
  if (!o->device_id || (!o->secret) == (!o->key_file)) {
    fputs("anima-device: boot needs --device-id and exactly one of --secret and --key-file\n", stderr);
    return EXIT_USAGE;
  }
  uint8_t seed[ANIMA_SEED_BYTES];
  if (o->key_file && read_key_file(o->key_file, seed) != 0) return EXIT_LOCAL;
  anima_boot_params params = {o->device_id, o->secret, o->key_file ? seed : NULL, o->firmware, o->config_version};
  anima_session session;
  anima_error error;
  anima_status status = anima_boot(client, &params, &session, &error);
  sodium_memzero(seed, sizeof seed);
  if (status != ANIMA_OK) return report_failure("boot", status, &error);
  puts(session.output_json);
  anima_session_clear(&session);
  return EXIT_OK;
}

static int cmd_refresh(const options *o, anima_client *client) {
  if (!o->token) return EXIT_USAGE;
  anima_session session;
  anima_error error;
  anima_status status = anima_refresh(client, o->token, o->device_id, &session, &error);
  if (status != ANIMA_OK) return report_failure("refresh", status, &error);
  puts(session.output_json);
  anima_session_clear(&session);
  return EXIT_OK;
}

/* device.config: prints {"configVersion":N,"config":…|null}. */
static int cmd_config(const options *o, anima_client *client) {
  if (!o->token) return EXIT_USAGE;
  long version = -1;
  char *config_json = NULL;
  anima_error error;
  anima_status status = anima_fetch_config(client, o->token, o->config_version, &version, &config_json, &error);
  if (status != ANIMA_OK) return report_failure("config", status, &error);
  printf("{\"configVersion\":%ld,\"config\":%s}\n", version, config_json ? config_json : "null");
  anima_free(config_json);
  return EXIT_OK;
}

/* N plausible voice samples over the last N seconds of the (server-corrected) clock. */
static int cmd_telemetry(const options *o, anima_client *client) {
  if (!o->token || o->samples < 1) {
    fputs("anima-device: telemetry needs --token and --samples N (1-500)\n", stderr);
    return EXIT_USAGE;
  }
  anima_sample samples[ANIMA_MAX_SAMPLES];
  int64_t now_ms = anima_client_server_now(client) * 1000;
  for (long i = 0; i < o->samples; i++) {
    int32_t e2e = (int32_t)(600 + (i * 37) % 900);
    samples[i] = anima_sample_init(now_ms - (o->samples - i) * 1000, "voice", e2e);
    samples[i].asr_ms = e2e / 5;
    samples[i].llm_ms = e2e / 2;
    samples[i].tts_ms = e2e / 5;
  }
  anima_telemetry_result result;
  anima_error error;
  anima_status status = anima_report_telemetry(client, o->token, samples, (size_t)o->samples, o->batch_id, &result, &error);
  if (status != ANIMA_OK) return report_failure("telemetry", status, &error);
  puts(result.output_json);
  anima_telemetry_result_clear(&result);
  return EXIT_OK;
}

static int run_online(const options *o) {
  if (!o->gateway) {
    fputs("anima-device: --gateway URL is required\n", stderr);
    return EXIT_USAGE;
  }
  anima_transport transport;
  if (anima_curl_transport_init(&transport, o->timeout_ms) != ANIMA_OK) return EXIT_LOCAL;
  int verbose = o->verbose;
  anima_config config = {0};
  config.gateway_url = o->gateway;
  config.transport = transport;
  config.log = log_to_stderr;
  config.log_ctx = &verbose;
  config.max_attempts = (unsigned)o->max_attempts;
  config.expected_issuer = o->issuer;
  config.expected_audience = o->audience;
  anima_client *client = anima_client_new(&config);
  int rc = EXIT_USAGE;
  if (!client) {
    fputs("anima-device: invalid --gateway (http:// or https:// URL expected)\n", stderr);
  } else if (strcmp(o->command, "boot") == 0) {
    rc = cmd_boot(o, client);
  } else if (strcmp(o->command, "refresh") == 0) {
    rc = cmd_refresh(o, client);
  } else if (strcmp(o->command, "config") == 0) {
    rc = cmd_config(o, client);
  } else {
    rc = cmd_telemetry(o, client);
  }
  anima_client_free(client);
  anima_curl_transport_free(&transport);
  return rc;
}

int main(int argc, char **argv) {
  options o;
  if (argc == 2 && strcmp(argv[1], "--version") == 0) {
    puts(ANIMA_VERSION);
    return EXIT_OK;
  }
  if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0)) {
    usage(stdout);
    return EXIT_OK;
  }
  if (parse_args(argc, argv, &o) != 0 || sodium_init() < 0) {
    usage(stderr);
    return EXIT_USAGE;
  }
  int rc;
  if (strcmp(o.command, "keygen") == 0) {
    rc = cmd_keygen(&o);
  } else if (strcmp(o.command, "pubkey") == 0) {
    rc = cmd_pubkey(&o);
  } else if (strcmp(o.command, "boot") == 0 || strcmp(o.command, "refresh") == 0 || strcmp(o.command, "config") == 0 ||
             strcmp(o.command, "telemetry") == 0) {
    curl_global_init(CURL_GLOBAL_DEFAULT);
    rc = run_online(&o);
    curl_global_cleanup();
  } else {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (rc == EXIT_USAGE) usage(stderr);
  return rc;
}
