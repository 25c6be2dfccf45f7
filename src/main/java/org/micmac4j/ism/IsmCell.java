package org.micmac4j.ism;

import java.util.Objects;

/**
 * One cell of a reachability matrix, by variable ids: {@code from} reaches {@code to}. Used for
 * the transitive cells (printed 1* in ISM papers).
 *
 * @param from id of the row variable
 * @param to id of the column variable
 */
public record IsmCell(String from, String to) {
    /**
     * Checks that both ids are given.
     *
     * @param from see the record component
     * @param to see the record component
     */
    public IsmCell {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
