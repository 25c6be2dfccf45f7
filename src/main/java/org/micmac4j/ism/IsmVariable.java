package org.micmac4j.ism;

import java.util.Objects;

import org.micmac4j.Variable;

/**
 * The ISM results of one variable.
 *
 * @param variable the variable (its id, name and group)
 * @param index its 0-based position in the input
 * @param drivingPower row sum of the final reachability matrix (the variable itself included)
 * @param dependencePower column sum of the final reachability matrix (itself included)
 * @param level its level, from 1, under the chosen {@link LevelNumbering}
 * @param cluster its ISM-MICMAC cluster under the chosen split ({@link Ism#split()})
 */
public record IsmVariable(Variable variable, int index, int drivingPower, int dependencePower, int level,
        IsmCluster cluster) {
    /**
     * Checks that the id and the cluster are given.
     *
     * @param variable see the record component
     * @param index see the record component
     * @param drivingPower see the record component
     * @param dependencePower see the record component
     * @param level see the record component
     * @param cluster see the record component
     */
    public IsmVariable {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** @return the variable's id */
    public String id() {
        return variable.id();
    }
}
