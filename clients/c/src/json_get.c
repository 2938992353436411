#include <math.h>
#include <string.h>

#include "internal.h"
#include "json_get.h"

/* Nesting depth of JSON text, counted outside strings without recursion; stops past `limit`. */
static size_t nesting_depth(const char *text, size_t len, size_t limit) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < len && deepest <= limit; i++) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') i++;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > deepest) deepest = depth;
    } else if ((c == '}' || c == ']') && depth > 0) {
      depth--;
    }
  }
  return deepest;
}

cJSON *anima_json_parse(const char *text, size_t len) {
  if (!text || nesting_depth(text, len, ANIMA_MAX_JSON_DEPTH) > ANIMA_MAX_JSON_DEPTH) return NULL;
  return cJSON_ParseWithLength(text, len);
}

const cJSON *anima_json_field(const cJSON *object, const char *name) {
  if (!cJSON_IsObject(object)) return NULL;
  return cJSON_GetObjectItemCaseSensitive(object, name);
}

const char *anima_json_string_ref(const cJSON *object, const char *name) {
  const cJSON *item = anima_json_field(object, name);
  return cJSON_IsString(item) && item->valuestring ? item->valuestring : NULL;
}

bool anima_json_string(const cJSON *object, const char *name, char *out, size_t cap) {
  const char *value = anima_json_string_ref(object, name);
  return value && anima_copy(out, cap, value);
}

bool anima_json_integer(const cJSON *object, const char *name, int64_t min, int64_t max, int64_t *out) {
  const cJSON *item = anima_json_field(object, name);
  if (!cJSON_IsNumber(item)) return false;
  double value = item->valuedouble;
  /* Range check on the double first: converting an out-of-range double is undefined. */
  if (!isfinite(value) || value != floor(value) || value < (double)min || value > (double)max) return false;
  *out = (int64_t)value;
  return true;
}

bool anima_json_time(const cJSON *object, const char *name, int64_t *out) {
  const char *text = anima_json_string_ref(object, name);
  return text && strlen(text) <= 64 && anima_parse_iso8601(text, out);
}
