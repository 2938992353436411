/* Small helpers: bounded strings, base64url, ISO-8601 times, randomness, logging. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "internal.h"

void anima_logf(const anima_client *client, anima_log_level level, const char *format, ...) {
  if (!client || !client->log) return;
  char message[256];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  client->log(client->log_ctx, level, message);
}

bool anima_copy(char *dst, size_t cap, const char *src) {
  if (cap == 0) return false;
  size_t len = src ? strlen(src) : 0;
  if (len >= cap) {
    dst[0] = '\0';
    return false;
  }
  if (len) memcpy(dst, src, len);
  dst[len] = '\0';
  return true;
}

void anima_copy_truncated(char *dst, size_t cap, const char *src) {
  if (cap == 0) return;
  size_t len = src ? strnlen(src, cap - 1) : 0;
  if (len) memcpy(dst, src, len);
  dst[len] = '\0';
}

void anima_redact(char *text, const char *secret) {
  if (!text || !secret || !secret[0]) return;
  size_t secret_len = strlen(secret);
  for (char *hit = strstr(text, secret); hit; hit = strstr(hit + secret_len, secret)) memset(hit, '*', secret_len);
}

static const char B64URL[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t anima_b64url_encoded_len(size_t len) { return (len / 3) * 4 + ((len % 3) ? (len % 3) + 1 : 0); }

bool anima_b64url_encode(const uint8_t *in, size_t len, char *out, size_t cap) {
  size_t need = anima_b64url_encoded_len(len);
  if (need >= cap) return false;
  size_t o = 0;
  for (size_t i = 0; i < len; i += 3) {
    uint32_t chunk = (uint32_t)in[i] << 16;
    if (i + 1 < len) chunk |= (uint32_t)in[i + 1] << 8;
    if (i + 2 < len) chunk |= in[i + 2];
    out[o++] = B64URL[(chunk >> 18) & 63];
    out[o++] = B64URL[(chunk >> 12) & 63];
    if (i + 1 < len) out[o++] = B64URL[(chunk >> 6) & 63];
    if (i + 2 < len) out[o++] = B64URL[chunk & 63];
  }
  out[o] = '\0';
  return true;
}

static int b64url_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

bool anima_b64url_decode(const char *in, size_t len, uint8_t *out, size_t cap, size_t *out_len) {
  if (len % 4 == 1) return false; /* no byte count encodes to 4k+1 characters */
  size_t need = (len / 4) * 3 + ((len % 4) ? (len % 4) - 1 : 0);
  if (need > cap) return false;
  uint32_t acc = 0;
  int bits = 0;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    int v = b64url_value(in[i]);
    if (v < 0) return false;
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (uint8_t)((acc >> bits) & 0xff);
    }
  }
  /* Leftover bits must be zero: one text per byte string (no malleable encodings). */
  if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) return false;
  if (out_len) *out_len = o;
  return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int *year, unsigned *month, unsigned *day) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = (int)((int64_t)yoe + era * 400 + (*month <= 2));
}

/* Reads exactly `n` digits at *p. */
static bool digits(const char **p, int n, unsigned *out) {
  unsigned value = 0;
  for (int i = 0; i < n; i++) {
    char c = (*p)[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (unsigned)(c - '0');
  }
  *p += n;
  *out = value;
  return true;
}

static bool expect_char(const char **p, char c) {
  if (**p != c) return false;
  (*p)++;
  return true;
}

bool anima_parse_iso8601(const char *text, int64_t *out) {
  if (!text) return false;
  const char *p = text;
  unsigned y, mo, d, h, mi, s;
  if (!digits(&p, 4, &y) || !expect_char(&p, '-') || !digits(&p, 2, &mo) || !expect_char(&p, '-') || !digits(&p, 2, &d)) return false;
  if (*p != 'T' && *p != 't') return false;
  p++;
  if (!digits(&p, 2, &h) || !expect_char(&p, ':') || !digits(&p, 2, &mi) || !expect_char(&p, ':') || !digits(&p, 2, &s)) return false;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return false;
  if (*p == '.') {
    p++;
    int n = 0;
    while (*p >= '0' && *p <= '9' && n < 12) p++, n++;
    if (n == 0) return false;
  }
  int64_t offset = 0;
  if (*p == 'Z' || *p == 'z') {
    p++;
  } else if (*p == '+' || *p == '-') {
    int sign = *p == '-' ? -1 : 1;
    unsigned oh, om;
    p++;
    if (!digits(&p, 2, &oh) || !expect_char(&p, ':') || !digits(&p, 2, &om) || oh > 23 || om > 59) return false;
    offset = sign * (int64_t)(oh * 3600 + om * 60);
  } else {
    return false;
  }
  if (*p != '\0') return false;
  *out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
  return true;
}

bool anima_format_iso8601_ms(int64_t unix_ms, char *out, size_t cap) {
  int64_t secs = unix_ms >= 0 ? unix_ms / 1000 : -((-unix_ms + 999) / 1000);
  int ms = (int)(unix_ms - secs * 1000);
  int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  int64_t rem = secs - days * 86400;
  int year;
  unsigned month, day;
  civil_from_days(days, &year, &month, &day);
  if (year < 0 || year > 9999) return false;
  int n = snprintf(out, cap, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year, month, day, (int)(rem / 3600), (int)(rem % 3600 / 60), (int)(rem % 60), ms);
  return n > 0 && (size_t)n < cap;
}

void anima_hex(const uint8_t *in, size_t len, char *out) {
  static const char HEX[] = "0123456789abcdef";
  for (size_t i = 0; i < len; i++) {
    out[2 * i] = HEX[in[i] >> 4];
    out[2 * i + 1] = HEX[in[i] & 15];
  }
  out[2 * len] = '\0';
}

void anima_uuid_v4(char out[37]) {
  uint8_t b[16];
  randombytes_buf(b, sizeof b);
  b[6] = (uint8_t)((b[6] & 0x0f) | 0x40); /* version 4 */
  b[8] = (uint8_t)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
  char hex[33];
  anima_hex(b, sizeof b, hex);
  snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

uint32_t anima_random_below(uint32_t bound) { return bound ? randombytes_uniform(bound) : 0; }

int64_t anima_device_now(const anima_client *client) {
  if (client->now_s) return client->now_s(client->platform_ctx);
  return (int64_t)time(NULL);
}
