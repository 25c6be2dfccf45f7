package org.micmac4j.ism;

import java.util.Objects;

/**
 * The ISM results of one variable.
 *
 * @param id the variable's id
 * @param index its 0-based position in the input
 * @param drivingPower row sum of the final reachability matrix (the variable itself included)
 * @param dependencePower column sum of the final reachability matrix (itself included)
 * @param level its level, from 1, under the chosen {@link LevelNumbering}
 * @param cluster its ISM-MICMAC cluster under the chosen {@link IsmSplit}
 */
public record IsmVariable(String id, int index, int drivingPower, int dependencePower, int level,
        IsmCluster cluster) {
    /** Checks that the id and the cluster are given. */
    public IsmVariable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cluster, "cluster");
    }
}
