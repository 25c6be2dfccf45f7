package org.micmac4j.scenario;

import org.micmac4j.internal.Messages;

/** Id and name checks shared by the scenario types. */
final class Names {
    private Names() {
    }

    static String text(String s, String what) {
        Messages.require(s != null && !s.isBlank(), "%s must not be blank", what);
        return s.strip();
    }

    static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
