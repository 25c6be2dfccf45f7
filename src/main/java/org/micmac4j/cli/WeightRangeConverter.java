package org.micmac4j.cli;

import picocli.CommandLine.ITypeConverter;

/** Reads {@code A,B}: the range 0 ≤ A ≤ B of the P weight drawn in each Monte Carlo draw. */
final class WeightRangeConverter implements ITypeConverter<WeightRangeConverter.Range> {
    /**
     * A closed range of P weights.
     *
     * @param low the smallest weight
     * @param high the largest
     */
    record Range(double low, double high) {
    }

    @Override
    public Range convert(String value) {
        double[] ab = NumberPair.parse(value, (low, high) -> Double.isFinite(low) && Double.isFinite(high) && low >= 0
                && high >= low, "A,B: give two P weights with 0 <= A <= B, e.g. 1,3");
        return new Range(ab[0], ab[1]);
    }
}
