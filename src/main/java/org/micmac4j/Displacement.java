package org.micmac4j;

/**
 * The move of one variable between two views (docs/METHOD.md §5.4): ranks and sectors in each, e.g. from
 * {@link View#DIRECT} to {@link View#INDIRECT}.
 *
 * @param variable the variable
 * @param from the first view
 * @param to the second view
 * @param influenceRankFrom influence rank in {@code from}
 * @param influenceRankTo influence rank in {@code to}
 * @param dependenceRankFrom dependence rank in {@code from}
 * @param dependenceRankTo dependence rank in {@code to}
 * @param sectorFrom sector in {@code from}
 * @param sectorTo sector in {@code to}
 */
public record Displacement(Variable variable, View from, View to, int influenceRankFrom, int influenceRankTo,
        int dependenceRankFrom, int dependenceRankTo, Sector sectorFrom, Sector sectorTo) {

    /** @return places gained in influence: rank in {@code from} minus rank in {@code to} (positive = moved up) */
    public int influenceRankShift() {
        return influenceRankFrom - influenceRankTo;
    }

    /** @return places gained in dependence (positive = more dependent than before) */
    public int dependenceRankShift() {
        return dependenceRankFrom - dependenceRankTo;
    }

    /** @return whether the sector changed */
    public boolean sectorChanged() {
        return sectorFrom != sectorTo;
    }
}
