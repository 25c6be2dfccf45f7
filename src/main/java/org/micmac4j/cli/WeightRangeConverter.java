package org.micmac4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

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
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                double low = Double.parseDouble(parts[0].strip());
                double high = Double.parseDouble(parts[1].strip());
                if (Double.isFinite(low) && Double.isFinite(high) && low >= 0 && high >= low) {
                    return new Range(low, high);
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new TypeConversionException(
                "'" + value + "' is not A,B: give two P weights with 0 <= A <= B, e.g. 1,3");
    }
}
