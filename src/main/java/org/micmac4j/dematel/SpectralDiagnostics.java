package org.micmac4j.dematel;

import java.util.Arrays;

import org.micmac4j.internal.linalg.DenseLinearAlgebra;
import org.micmac4j.internal.linalg.DenseLinearAlgebra.Spectrum;

/**
 * Spectral indicators of a DEMATEL total-relation matrix T, with the definitions of the R package
 * spectralDEMATEL (P. Delias, {@code spectral_diagnostics()}):
 * <ul>
 *   <li>λ_max: the eigenvalue of T with the largest real part (its Perron root);</li>
 *   <li>μ_max = λ_max / (1 + λ_max), the spectral radius of N ("coupling");</li>
 *   <li>multiplier = 1 + λ_max = 1 / (1 - μ_max); indirect dominance when λ_max &gt; 1;</li>
 *   <li>dominance = |λ_2| / λ_max, λ_2 the largest modulus among the other eigenvalues (0 when
 *       n = 1);</li>
 *   <li>entry points u = |right Perron vector of T|, accumulation v = |left Perron vector|, both
 *       of unit 2-norm;</li>
 *   <li>hierarchy_sd = sample standard deviation of u (divisor n - 1; NaN when n = 1),
 *       hierarchy_pr = (Σ u²)² / Σ u⁴ / n (participation ratio), hierarchy_gini = Σ_k (2k - n - 1)
 *       u_(k) / (n Σ u) over u sorted ascending;</li>
 *   <li>ev_condition = 1 / |v · u|.</li>
 * </ul>
 * Immutable; vectors are returned as copies.
 */
public final class SpectralDiagnostics {
    private final double lambdaMax;
    private final double dominance;
    private final double[] entryPoints;
    private final double[] accumulation;

    private SpectralDiagnostics(double lambdaMax, double dominance, double[] entryPoints, double[] accumulation) {
        this.lambdaMax = lambdaMax;
        this.dominance = dominance;
        this.entryPoints = entryPoints;
        this.accumulation = accumulation;
    }

    static SpectralDiagnostics of(double[][] t) {
        Spectrum spectrum = DenseLinearAlgebra.eigenvalues(t);
        int k = spectrum.largestReal();
        double lambda = spectrum.re()[k];
        double second = 0;
        for (int i = 0; i < spectrum.re().length; i++) {
            if (i != k) {
                second = Math.max(second, Math.hypot(spectrum.re()[i], spectrum.im()[i]));
            }
        }
        double[] u = unitAbs(DenseLinearAlgebra.leadingEigenvector(t));
        double[] v = unitAbs(DenseLinearAlgebra.leadingEigenvector(Matrices.transpose(t)));
        return new SpectralDiagnostics(lambda, second / lambda, u, v);
    }

    private static double[] unitAbs(double[] x) {
        double norm = 0;
        for (double e : x) {
            norm += e * e;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]) / norm;
        }
        return out;
    }

    /** @return λ_max, the eigenvalue of T with the largest real part */
    public double lambdaMax() {
        return lambdaMax;
    }

    /** @return μ_max = λ_max / (1 + λ_max), the spectral radius of N */
    public double muMax() {
        return lambdaMax / (1 + lambdaMax);
    }

    /** @return 1 + λ_max */
    public double multiplier() {
        return 1 + lambdaMax;
    }

    /** @return whether λ_max &gt; 1 (indirect effects outweigh direct ones) */
    public boolean indirectDominant() {
        return lambdaMax > 1;
    }

    /** @return |λ_2| / λ_max */
    public double dominance() {
        return dominance;
    }

    /** @return u, the entry points (|right Perron vector|, unit 2-norm), a copy */
    public double[] entryPoints() {
        return entryPoints.clone();
    }

    /** @return v, the accumulation (|left Perron vector|, unit 2-norm), a copy */
    public double[] accumulation() {
        return accumulation.clone();
    }

    /** @return the sample standard deviation of u */
    public double hierarchySd() {
        int n = entryPoints.length;
        double mean = Arrays.stream(entryPoints).sum() / n;
        double sq = 0;
        for (double x : entryPoints) {
            sq += (x - mean) * (x - mean);
        }
        return Math.sqrt(sq / (n - 1));
    }

    /** @return (Σ u²)² / Σ u⁴ / n */
    public double hierarchyPr() {
        double s2 = 0;
        double s4 = 0;
        for (double x : entryPoints) {
            s2 += x * x;
            s4 += x * x * x * x;
        }
        return s2 * s2 / s4 / entryPoints.length;
    }

    /** @return the rank-weighted Gini coefficient of u */
    public double hierarchyGini() {
        double[] x = entryPoints.clone();
        Arrays.sort(x);
        int n = x.length;
        double num = 0;
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            num += (2.0 * k - n - 1) * x[k - 1];
            sum += x[k - 1];
        }
        return num / (n * sum);
    }

    /** @return 1 / |v · u| */
    public double evCondition() {
        double dot = 0;
        for (int i = 0; i < entryPoints.length; i++) {
            dot += entryPoints[i] * accumulation[i];
        }
        return 1 / Math.abs(dot);
    }
}
