package org.micmac4j.cli;

import picocli.CommandLine.ITypeConverter;

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
        double[] pq = NumberPair.parse(value, (p, q) -> p >= 0 && p <= 1 && q >= 0 && q <= 1,
                "P,Q: give two probabilities in [0, 1], e.g. 0.1,0.02");
        return new Perturb(pq[0], pq[1]);
    }
}
