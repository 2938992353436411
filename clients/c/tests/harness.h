/* A tiny test harness: CHECK counts failures; main runs the unit tests or the fuzz cases. */
#ifndef ANIMA_TEST_HARNESS_H
#define ANIMA_TEST_HARNESS_H

#include <stdio.h>

extern int harness_failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      harness_failures++;                                                      \
    }                                                                          \
  } while (0)

int run_unit_tests(void);
int run_fuzz_tests(unsigned cases);

#endif
