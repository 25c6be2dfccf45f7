package org.micmac4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code P,Q}: two probabilities in [0, 1]. */
final class PerturbConverter implements ITypeConverter<PerturbConverter.Perturb> {
    /**
     * The perturbation probabilities.
     *
     * @param p of a non-zero cell moving by ±1
     * @param q of a zero becoming 1
     */
    record Perturb(double p, double q) {
    }

    @Override
    public Perturb convert(String value) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 2) {
                double p = Double.parseDouble(parts[0].strip());
                double q = Double.parseDouble(parts[1].strip());
                if (p >= 0 && p <= 1 && q >= 0 && q <= 1) {
                    return new Perturb(p, q);
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new TypeConversionException("'" + value + "' is not P,Q: give two probabilities in [0, 1], e.g. 0.1,0.02");
    }
}
