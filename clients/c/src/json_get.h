/* Typed, bounded reads from cJSON trees: each fails (false) on a missing field or a wrong type. */
#ifndef ANIMA_JSON_GET_H
#define ANIMA_JSON_GET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json.h"

/*
 * Answers nest a few levels (config settings a few more). cJSON parses recursively and allows
 * 1000 levels: that would take ~100 KiB of stack, far more than a small RTOS task has.
 */
#ifndef ANIMA_MAX_JSON_DEPTH
#define ANIMA_MAX_JSON_DEPTH 64
#endif

/* Parses untrusted JSON: NULL when invalid or nested deeper than ANIMA_MAX_JSON_DEPTH. */
cJSON *anima_json_parse(const char *text, size_t len);

/* `name` of an object (NULL when `object` is not an object or lacks it). */
const cJSON *anima_json_field(const cJSON *object, const char *name);
/* A string field that fits in `cap` bytes (NUL included). */
bool anima_json_string(const cJSON *object, const char *name, char *out, size_t cap);
/* A string field, borrowed from the tree. */
const char *anima_json_string_ref(const cJSON *object, const char *name);
/* An integral number field within [min, max] (bounds within ±2^53, exact as doubles). */
bool anima_json_integer(const cJSON *object, const char *name, int64_t min, int64_t max, int64_t *out);
/* An ISO-8601 time field → Unix seconds. */
bool anima_json_time(const cJSON *object, const char *name, int64_t *out);

#endif
