package org.micmac4j.experts;

import java.util.List;

/**
 * Leave-one-expert-out: what the indirect classification becomes without one expert (who moves
 * the result).
 *
 * @param expert the expert left out
 * @param shifts one entry per variable, in variable order (unmodifiable)
 */
public record ExpertLeverage(String expert, List<VariableShift> shifts) {
    /**
     * Copies the list.
     *
     * @param expert the expert left out
     * @param shifts one entry per variable
     */
    public ExpertLeverage {
        shifts = List.copyOf(shifts);
    }

    /** @return how many variables change sector without the expert */
    public int sectorChanges() {
        return (int) shifts.stream().filter(VariableShift::sectorChanged).count();
    }

    /** @return the largest rank shift of any variable */
    public int maxRankShift() {
        return shifts.stream().mapToInt(VariableShift::rankShift).max().orElse(0);
    }
}
