package org.micmac4j;

import java.util.Map;

/**
 * Characteristics of a direct-influence matrix (docs/METHOD.md §6.2).
 *
 * @param size n
 * @param valueCounts number of cells holding each value, keyed by its token ({@code "0"},
 *     {@code "1"}, ..., {@code "P"}), in ascending value order with P last; diagonal cells
 *     included under {@code "0"}; unmodifiable
 * @param nonZeroCells cells with a non-zero value or P
 * @param fillRate {@code nonZeroCells / n²}
 * @param offDiagonalFillRate {@code nonZeroCells / (n(n-1))} (NaN when n = 1)
 * @param totalWeight sum of all cells with P counting the current weight
 * @param potentialTotalWeight sum of all cells with P counting the potential weight
 * @param order the order k of the indirect view
 * @param stable whether the indirect ranking was stable at k
 */
public record MatrixCharacteristics(int size, Map<String, Long> valueCounts, long nonZeroCells, double fillRate,
        double offDiagonalFillRate, double totalWeight, double potentialTotalWeight, int order, boolean stable) {

    /**
     * @param size n
     * @param valueCounts counts per token, copied (order kept)
     * @param nonZeroCells non-zero or P cells
     * @param fillRate over n²
     * @param offDiagonalFillRate over n(n-1)
     * @param totalWeight current total
     * @param potentialTotalWeight potential total
     * @param order order k
     * @param stable stable at k
     */
    public MatrixCharacteristics {
        valueCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(valueCounts));
    }
}
