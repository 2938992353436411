/* cJSON comes as <cjson/cJSON.h> from Debian and as "cJSON.h" from ESP-IDF's espressif/cjson. */
#ifndef ANIMA_JSON_H
#define ANIMA_JSON_H
#if defined(ESP_PLATFORM)
#include "cJSON.h"
#else
#include <cjson/cJSON.h>
#endif
#endif
