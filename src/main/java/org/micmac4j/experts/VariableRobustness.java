package org.micmac4j.experts;

import java.util.Map;

import org.micmac4j.Sector;
import org.micmac4j.Variable;

/**
 * One variable's position over the Monte Carlo draws in one view.
 *
 * @param variable the variable
 * @param sectorProbability share of the draws that put it in each sector (sums to 1; unmodifiable)
 * @param influenceRank its influence rank (1 = most influent) over the draws
 * @param dependenceRank its dependence rank over the draws
 */
public record VariableRobustness(Variable variable, Map<Sector, Double> sectorProbability, RankSummary influenceRank,
        RankSummary dependenceRank) {

    /**
     * @param sector a sector
     * @return the probability of that sector
     */
    public double probability(Sector sector) {
        return sectorProbability.get(sector);
    }

    /** @return the probability of a key position: INFLUENT or RELAY */
    public double keyProbability() {
        return probability(Sector.INFLUENT) + probability(Sector.RELAY);
    }
}
