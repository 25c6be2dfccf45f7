package org.micmac4j.internal.linalg;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Dense LU solves and eigenvalues over {@code double[][]}, backed by EJML. Internal: the only
 * place where EJML types appear, so that no public signature ever shows them. Inputs are never
 * modified.
 */
public final class DenseLinearAlgebra {
    private DenseLinearAlgebra() {
    }

    /**
     * Solves A·X = B with an LU decomposition (partial pivoting); never forms A^-1.
     *
     * @param a square n x n matrix, not modified
     * @param b n x m right-hand sides, not modified
     * @return X, a new n x m array
     * @throws ArithmeticException when A is singular to working precision
     */
    public static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        if (!lu.setA(new DMatrixRMaj(a)) || !(lu.quality() > 1e-14)) {
            throw new ArithmeticException("the matrix is singular to working precision (LU quality "
                    + lu.quality() + ")");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, b.length == 0 ? 0 : b[0].length);
        lu.solve(new DMatrixRMaj(b), x);
        return toArray(x);
    }

    /**
     * Solves A·x = b with an LU decomposition.
     *
     * @param a square matrix, not modified
     * @param b right-hand side, not modified
     * @return x, a new array
     * @throws ArithmeticException when A is singular to working precision
     */
    public static double[] solve(double[][] a, double[] b) {
        double[][] column = new double[b.length][1];
        for (int i = 0; i < b.length; i++) {
            column[i][0] = b[i];
        }
        double[][] x = solve(a, column);
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = x[i][0];
        }
        return out;
    }

    /**
     * The eigenvalues of a general square matrix.
     *
     * @param a the matrix, not modified
     * @return the spectrum
     * @throws ArithmeticException when the QR algorithm does not converge
     */
    public static Spectrum eigenvalues(double[][] a) {
        return eigenvalues(new DMatrixRMaj(a));
    }

    private static Spectrum eigenvalues(DMatrixRMaj a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.numRows, false);
        if (!eig.decompose(a.copy())) {
            throw new ArithmeticException("the eigenvalue decomposition did not converge");
        }
        int k = eig.getNumberOfEigenvalues();
        double[] re = new double[k];
        double[] im = new double[k];
        for (int i = 0; i < k; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            re[i] = c.real;
            im[i] = c.imaginary;
        }
        return new Spectrum(re, im);
    }

    /**
     * The spectral radius max |λ|.
     *
     * @param a a square matrix, not modified
     * @return ρ(a)
     */
    public static double spectralRadius(double[][] a) {
        return eigenvalues(a).radius();
    }

    /**
     * The eigenvector of the eigenvalue with the largest real part (for a non-negative matrix, its
     * Perron vector, up to sign and scale).
     *
     * @param a a square matrix, not modified
     * @return the eigenvector, as computed (not normalised, sign arbitrary)
     * @throws ArithmeticException when that eigenvalue is complex or the decomposition fails
     */
    public static double[] leadingEigenvector(double[][] a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(a, true);
        int best = -1;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            if (best < 0 || eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        if (v == null) {
            throw new ArithmeticException("the leading eigenvalue is complex: no real eigenvector");
        }
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i, 0);
        }
        return out;
    }

    /** Up to this order the dense (EJML) decompositions are used: cheap, and exact to rounding. */
    static final int DENSE_MAX_SIZE = 300;
    /** Relative tolerance of the Collatz–Wielandt bounds and of the GMRES residual. */
    static final double ITERATIVE_TOLERANCE = 1e-13;
    /** Matrix-vector products allowed to the iterative methods before the dense fallback. */
    static final int ITERATIVE_MAX_ITERATIONS = 2000;

    /**
     * The spectral radius of a non-negative matrix: by the eigenvalues up to
     * {@value #DENSE_MAX_SIZE} variables, above by power iteration certified by the
     * Collatz–Wielandt bounds (O(n²) per iteration), falling back to the eigenvalues when the
     * bounds do not meet within the budget (e.g. several classes of equal radius).
     *
     * @param a n x n row-major, non-negative, not modified
     * @param n the order
     * @return ρ(a)
     */
    public static double spectralRadiusNonNegative(double[] a, int n) {
        if (n > DENSE_MAX_SIZE) {
            double[] b = PerronRoot.bounds(a, n, ITERATIVE_TOLERANCE, ITERATIVE_MAX_ITERATIONS);
            if (b[1] - b[0] <= ITERATIVE_TOLERANCE * b[1]) {
                return (b[0] + b[1]) / 2;
            }
        }
        return eigenvalues(DMatrixRMaj.wrap(n, n, a)).radius();
    }

    /**
     * Solves (I - N)·x = b, or (I - Nᵀ)·x = b: by LU up to {@value #DENSE_MAX_SIZE} variables,
     * above by restarted GMRES to a relative residual of {@value #ITERATIVE_TOLERANCE} (O(n²) per
     * iteration), falling back to LU when it does not converge within the budget.
     *
     * @param nm N, n x n row-major, not modified
     * @param n the order
     * @param transpose whether to solve with Nᵀ
     * @param b the right-hand side, not modified
     * @return x, a new array
     * @throws ArithmeticException when I - N is singular to working precision
     */
    public static double[] solveIdentityMinus(double[] nm, int n, boolean transpose, double[] b) {
        if (n > DENSE_MAX_SIZE) {
            double[] x = Gmres.solve(nm, n, transpose, b, ITERATIVE_TOLERANCE, 60, ITERATIVE_MAX_ITERATIONS);
            if (x != null) {
                return x;
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        luOfIdentityMinus(nm, n, transpose).solve(DMatrixRMaj.wrap(n, 1, b.clone()), x);
        return x.data;
    }

    /**
     * T = (I - N)^-1·N by one LU decomposition (partial pivoting) and a panel solve: O(n³).
     *
     * @param nm N, n x n row-major, not modified
     * @param n the order
     * @return T, n x n row-major, a new array
     * @throws ArithmeticException when I - N is singular to working precision
     */
    public static double[] identityMinusInverseTimes(double[] nm, int n) {
        LUDecompositionAlt_DDRM lu = new LUDecompositionAlt_DDRM();
        DMatrixRMaj a = identityMinus(nm, n, false);
        if (!lu.decompose(a) || !(lu.quality() > 1e-14)) {
            throw singular(lu.quality());
        }
        // The n right-hand sides in panels (PanelSolve): the factorisation's own per-column solve
        // is memory-bound and took minutes at n = 3000.
        return PanelSolve.solve(lu.getLU().data, lu.getPivot(), nm, n, n);
    }

    private static DMatrixRMaj identityMinus(double[] nm, int n, boolean transpose) {
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.data[i * n + j] = (i == j ? 1 : 0) - (transpose ? nm[j * n + i] : nm[i * n + j]);
            }
        }
        return a;
    }

    private static ArithmeticException singular(double quality) {
        return new ArithmeticException("the matrix is singular to working precision (LU quality " + quality + ")");
    }

    private static LinearSolverDense<DMatrixRMaj> luOfIdentityMinus(double[] nm, int n, boolean transpose) {
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        if (!lu.setA(identityMinus(nm, n, transpose)) || !(lu.quality() > 1e-14)) {
            throw singular(lu.quality());
        }
        return lu;
    }

    private static EigenDecomposition_F64<DMatrixRMaj> decompose(double[][] a, boolean vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.length, vectors);
        if (!eig.decompose(new DMatrixRMaj(a))) {
            throw new ArithmeticException("the eigenvalue decomposition did not converge");
        }
        return eig;
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }

    /**
     * Eigenvalues as parallel real and imaginary parts.
     *
     * @param re real parts
     * @param im imaginary parts
     */
    public record Spectrum(double[] re, double[] im) {
        /** @return max |λ| */
        public double radius() {
            double r = 0;
            for (int i = 0; i < re.length; i++) {
                r = Math.max(r, Math.hypot(re[i], im[i]));
            }
            return r;
        }

        /** @return the index of the eigenvalue with the largest real part */
        public int largestReal() {
            int best = 0;
            for (int i = 1; i < re.length; i++) {
                if (re[i] > re[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
