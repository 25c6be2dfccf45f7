package org.micmac4j.server;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Real external parts of the tests (a PostgreSQL server, Chromium): where one is missing the test
 * says so and is skipped, except when {@code MICMAC_REQUIRE_EXTERNALS=1} (set by .ci/run, which
 * installs them), where a missing part fails the build instead.
 */
final class Externals {
    private Externals() {
    }

    static boolean required() {
        return "1".equals(System.getenv("MICMAC_REQUIRE_EXTERNALS"));
    }

    /**
     * @param available whether the part is there
     * @param what what is missing and how to get it
     */
    static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (required()) {
            fail("MICMAC_REQUIRE_EXTERNALS=1 but " + what);
        }
        Assumptions.abort("skipped: " + what);
    }
}
