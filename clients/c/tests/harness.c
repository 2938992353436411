/* anima-harness unit | fuzz [cases] — exits non-zero on any failed check. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "fake_transport.h"
#include "harness.h"

int harness_failures = 0;

int main(int argc, char **argv) {
  if (sodium_init() < 0) return 2;
  fake_gateway_keys();
  if (argc >= 2 && strcmp(argv[1], "unit") == 0) {
    run_unit_tests();
  } else if (argc >= 2 && strcmp(argv[1], "fuzz") == 0) {
    unsigned long cases = argc >= 3 ? strtoul(argv[2], NULL, 10) : 10000;
    run_fuzz_tests((unsigned)cases);
  } else {
    fputs("usage: anima-harness unit | fuzz [cases]\n", stderr);
    return 2;
  }
  if (harness_failures) fprintf(stderr, "%d check(s) failed\n", harness_failures);
  return harness_failures ? 1 : 0;
}
