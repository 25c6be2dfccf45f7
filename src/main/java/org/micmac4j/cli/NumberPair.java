package org.micmac4j.cli;

import java.util.function.BiPredicate;

import picocli.CommandLine.TypeConversionException;

/** Reads an option value of the form {@code A,B}: two numbers that must pass a check. */
final class NumberPair {
    private NumberPair() {
    }

    /**
     * @param value the option's text
     * @param valid whether the two numbers are acceptable together
     * @param expected what to ask for when they are not, e.g. {@code "P,Q: give two probabilities ..."}
     * @return the two numbers
     * @throws TypeConversionException naming the value and what was expected
     */
    static double[] parse(String value, BiPredicate<Double, Double> valid, String expected) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                double a = Double.parseDouble(parts[0].strip());
                double b = Double.parseDouble(parts[1].strip());
                if (valid.test(a, b)) {
                    return new double[] {a, b};
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new TypeConversionException("'" + value + "' is not " + expected);
    }
}
