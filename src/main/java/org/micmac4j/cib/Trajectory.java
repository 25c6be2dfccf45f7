package org.micmac4j.cib;

import java.util.List;

import org.micmac4j.scenario.Scenario;

/**
 * One global succession from a start scenario.
 *
 * @param path the scenarios visited, the start first, up to and including the first scenario of
 *        the attractor reached
 * @param attractor the fixed point or cycle it ends in
 */
public record Trajectory(List<Scenario> path, Attractor attractor) {
    /**
     * The path is copied.
     *
     * @param path the scenarios visited, the start first, up to and including the first scenario of the
     *     attractor reached
     * @param attractor the fixed point or cycle it ends in
     */
    public Trajectory {
        path = List.copyOf(path);
    }
}
