/* anima_curl.h — the Linux transport for anima.h, on libcurl. */
#ifndef ANIMA_ANIMA_CURL_H
#define ANIMA_ANIMA_CURL_H

#include "anima/anima.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A libcurl transport: one reused easy handle (keep-alive), http/https only, no redirects,
 * `timeout_ms` per exchange (0 → 15000). Call curl_global_init once at program start.
 */
anima_status anima_curl_transport_init(anima_transport *transport, long timeout_ms);
void anima_curl_transport_free(anima_transport *transport);

#ifdef __cplusplus
}
#endif
#endif /* ANIMA_ANIMA_CURL_H */
