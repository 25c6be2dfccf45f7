package org.micmac4j.ism;

import java.util.Objects;

/**
 * An edge of the ISM digraph with transitive edges removed: {@code from} influences {@code to}.
 *
 * @param from id of the influencing variable
 * @param to id of the influenced variable
 * @param withinCycle {@code true} for an edge that links the members of one strongly connected
 *     set (a cycle drawn through its members in input order), {@code false} for an edge between
 *     two such sets (drawn between their first members in input order)
 */
public record IsmEdge(String from, String to, boolean withinCycle) {
    /**
     * Checks that both ids are given.
     *
     * @param from see the record component
     * @param to see the record component
     * @param withinCycle see the record component
     */
    public IsmEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
