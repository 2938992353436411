/* The client: configuration, and the status names. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(ESP_PLATFORM)
#include <unistd.h>
#endif

#include <sodium.h>

#include "internal.h"

#define DEFAULT_MAX_RESPONSE 65536u
#define DEFAULT_ATTEMPTS 5u
#define DEFAULT_BACKOFF_BASE_MS 1000u
#define DEFAULT_BACKOFF_CAP_MS 300000u
#define DEFAULT_LEEWAY_S 30u
#define MAX_RESPONSE_LIMIT (16u * 1024u * 1024u)

const char *anima_status_name(anima_status status) {
  switch (status) {
    case ANIMA_OK: return "ANIMA_OK";
    case ANIMA_ERR_INVALID_ARG: return "ANIMA_ERR_INVALID_ARG";
    case ANIMA_ERR_NO_MEMORY: return "ANIMA_ERR_NO_MEMORY";
    case ANIMA_ERR_NETWORK: return "ANIMA_ERR_NETWORK";
    case ANIMA_ERR_BUSY: return "ANIMA_ERR_BUSY";
    case ANIMA_ERR_REFUSED: return "ANIMA_ERR_REFUSED";
    case ANIMA_ERR_BAD_RESPONSE: return "ANIMA_ERR_BAD_RESPONSE";
    case ANIMA_ERR_TOO_LARGE: return "ANIMA_ERR_TOO_LARGE";
    case ANIMA_ERR_VERIFY: return "ANIMA_ERR_VERIFY";
    case ANIMA_ERR_CRYPTO: return "ANIMA_ERR_CRYPTO";
  }
  return "ANIMA_ERR_UNKNOWN";
}

/* Default sleep hook: ESP-IDF's newlib has usleep (POSIX allows it under a second per call), Linux nanosleep. */
static void default_sleep_ms(void *ctx, uint32_t ms) {
  (void)ctx;
#if defined(ESP_PLATFORM)
  for (; ms >= 500u; ms -= 500u) usleep(500000u);
  if (ms) usleep(ms * 1000u);
#else
  struct timespec wait = {(time_t)(ms / 1000u), (long)(ms % 1000u) * 1000000L};
  while (nanosleep(&wait, &wait) != 0) {
  }
#endif
}

static bool valid_gateway_url(const char *url) {
  return url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0) && strlen(url) < ANIMA_URL_MAX - 64;
}

anima_client *anima_client_new(const anima_config *config) {
  if (!config || !config->transport.request || !valid_gateway_url(config->gateway_url)) return NULL;
  if (config->max_response_bytes > MAX_RESPONSE_LIMIT) return NULL;
  if (sodium_init() < 0) return NULL;
  anima_client *client = calloc(1, sizeof *client);
  if (!client) return NULL;
  if (!anima_copy(client->gateway_url, sizeof client->gateway_url, config->gateway_url) ||
      !anima_copy(client->expected_issuer, sizeof client->expected_issuer, config->expected_issuer) ||
      !anima_copy(client->expected_audience, sizeof client->expected_audience, config->expected_audience)) {
    free(client);
    return NULL;
  }
  size_t len = strlen(client->gateway_url);
  while (len > 0 && client->gateway_url[len - 1] == '/') client->gateway_url[--len] = '\0';
  client->transport = config->transport;
  client->log = config->log;
  client->log_ctx = config->log_ctx;
  client->max_response_bytes = config->max_response_bytes ? config->max_response_bytes : DEFAULT_MAX_RESPONSE;
  client->max_attempts = config->max_attempts ? config->max_attempts : DEFAULT_ATTEMPTS;
  client->backoff_base_ms = config->backoff_base_ms ? config->backoff_base_ms : DEFAULT_BACKOFF_BASE_MS;
  client->backoff_cap_ms = config->backoff_cap_ms ? config->backoff_cap_ms : DEFAULT_BACKOFF_CAP_MS;
  client->clock_leeway_s = config->clock_leeway_s ? config->clock_leeway_s : DEFAULT_LEEWAY_S;
  client->trusted_clock = config->trusted_clock != 0;
  client->sleep_ms = config->sleep_ms ? config->sleep_ms : default_sleep_ms;
  client->now_s = config->now_s;
  client->platform_ctx = config->platform_ctx;
  return client;
}

void anima_client_free(anima_client *client) { free(client); }

int64_t anima_client_clock_offset(const anima_client *client) { return client ? client->clock_offset_s : 0; }

int64_t anima_client_server_now(const anima_client *client) { return client ? anima_device_now(client) + client->clock_offset_s : 0; }
