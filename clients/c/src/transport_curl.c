/* The Linux transport: libcurl, one reused easy handle, bounded answer buffer. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "anima/anima_curl.h"

#define DEFAULT_TIMEOUT_MS 15000L
#define MAX_HEADER_VALUE 32

typedef struct {
  CURL *curl;
  long timeout_ms;
} curl_ctx;

static size_t on_body(char *data, size_t size, size_t count, void *opaque) {
  anima_http_response *response = opaque;
  size_t len = size * count;
  if (len > response->body_cap - response->body_len) {
    /* Stop reading: an answer past the limit is refused, not buffered. */
    response->body_overflow = 1;
    return 0;
  }
  memcpy(response->body + response->body_len, data, len);
  response->body_len += len;
  return len;
}

/* Retry-After as delta-seconds (the gateway's form); an HTTP-date leaves it at -1. */
static long parse_retry_after(const char *value, size_t len) {
  while (len > 0 && (*value == ' ' || *value == '\t')) value++, len--;
  long seconds = 0;
  size_t digits = 0;
  while (digits < len && isdigit((unsigned char)value[digits])) {
    if (digits == 9) return -1; /* absurd: treat as absent rather than overflow */
    seconds = seconds * 10 + (value[digits] - '0');
    digits++;
  }
  return digits > 0 ? seconds : -1;
}

static size_t on_header(char *line, size_t size, size_t count, void *opaque) {
  anima_http_response *response = opaque;
  size_t len = size * count;
  static const char name[] = "retry-after:";
  if (len > sizeof name - 1 && len < sizeof name - 1 + MAX_HEADER_VALUE && strncasecmp(line, name, sizeof name - 1) == 0)
    response->retry_after_s = parse_retry_after(line + sizeof name - 1, len - (sizeof name - 1));
  return len;
}

static int set_common(CURL *curl, const anima_http_request *request, anima_http_response *response, long timeout_ms) {
  CURLcode rc = curl_easy_setopt(curl, CURLOPT_URL, request->url);
#if LIBCURL_VERSION_NUM >= 0x075500
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeout_ms);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_WRITEDATA, response);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_HEADERDATA, response);
  if (rc == CURLE_OK && strcmp(request->method, "POST") == 0) {
    rc = curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request->body ? request->body : "");
    if (rc == CURLE_OK) rc = curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_len);
  } else if (rc == CURLE_OK) {
    rc = curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  }
  return rc == CURLE_OK ? 0 : -1;
}

/* "name: value" lines; the authorization line holds a token, so it is wiped before it is freed. */
static struct curl_slist *header_list(const anima_http_request *request) {
  struct curl_slist *list = curl_slist_append(NULL, "Expect:"); /* no 100-continue round trip for telemetry */
  for (size_t i = 0; list && i < request->header_count; i++) {
    size_t len = strlen(request->headers[i].name) + strlen(request->headers[i].value) + 3;
    char *line = malloc(len);
    if (!line) {
      curl_slist_free_all(list);
      return NULL;
    }
    snprintf(line, len, "%s: %s", request->headers[i].name, request->headers[i].value);
    struct curl_slist *next = curl_slist_append(list, line);
    memset(line, 0, len);
    free(line);
    if (!next) {
      curl_slist_free_all(list);
      return NULL;
    }
    list = next;
  }
  return list;
}

static void free_header_list(struct curl_slist *list) {
  for (struct curl_slist *item = list; item; item = item->next) memset(item->data, 0, strlen(item->data));
  curl_slist_free_all(list);
}

static int curl_request(void *opaque, const anima_http_request *request, anima_http_response *response) {
  curl_ctx *ctx = opaque;
  curl_easy_reset(ctx->curl); /* keeps the connection cache */
  struct curl_slist *headers = header_list(request);
  if (!headers || set_common(ctx->curl, request, response, ctx->timeout_ms) != 0 ||
      curl_easy_setopt(ctx->curl, CURLOPT_HTTPHEADER, headers) != CURLE_OK) {
    free_header_list(headers);
    return -1;
  }
  CURLcode rc = curl_easy_perform(ctx->curl);
  long status = 0;
  curl_easy_getinfo(ctx->curl, CURLINFO_RESPONSE_CODE, &status);
  response->status = (int)status;
  free_header_list(headers);
  if (rc == CURLE_WRITE_ERROR && response->body_overflow) return 0;
  return rc == CURLE_OK ? 0 : -1;
}

anima_status anima_curl_transport_init(anima_transport *transport, long timeout_ms) {
  if (!transport) return ANIMA_ERR_INVALID_ARG;
  curl_ctx *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return ANIMA_ERR_NO_MEMORY;
  ctx->curl = curl_easy_init();
  if (!ctx->curl) {
    free(ctx);
    return ANIMA_ERR_NO_MEMORY;
  }
  ctx->timeout_ms = timeout_ms > 0 ? timeout_ms : DEFAULT_TIMEOUT_MS;
  transport->ctx = ctx;
  transport->request = curl_request;
  return ANIMA_OK;
}

void anima_curl_transport_free(anima_transport *transport) {
  if (!transport || !transport->ctx) return;
  curl_ctx *ctx = transport->ctx;
  curl_easy_cleanup(ctx->curl);
  free(ctx);
  transport->ctx = NULL;
  transport->request = NULL;
}
