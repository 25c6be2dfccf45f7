package org.micmac4j.experts;

import org.micmac4j.Sector;
import org.micmac4j.Variable;

/**
 * How one variable's indirect position changes when one expert is left out of the panel.
 *
 * @param variable the variable
 * @param sector its indirect sector with the whole panel
 * @param sectorWithout its indirect sector without the expert
 * @param influenceRank indirect influence rank with the whole panel (1 = most influent)
 * @param influenceRankWithout the same without the expert
 * @param dependenceRank indirect dependence rank with the whole panel
 * @param dependenceRankWithout the same without the expert
 */
public record VariableShift(Variable variable, Sector sector, Sector sectorWithout, int influenceRank,
        int influenceRankWithout, int dependenceRank, int dependenceRankWithout) {

    /** @return whether the sector changes */
    public boolean sectorChanged() {
        return sector != sectorWithout;
    }

    /** @return the larger of the absolute influence and dependence rank changes */
    public int rankShift() {
        return Math.max(Math.abs(influenceRank - influenceRankWithout),
                Math.abs(dependenceRank - dependenceRankWithout));
    }
}
