package org.micmac4j.bench;

import java.util.Locale;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.store.Stores;

/**
 * Prints, per data set, the non-zero count, the total and three entries of the normalised x_7,
 * so that compare.py can check that numpy iterates on the same matrices. Usage: DataCheck dense
 * N | sparse N.
 */
public final class DataCheck {
    private DataCheck() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        Iteration it;
        long nnz;
        double total = 0;
        if (args[0].equals("dense")) {
            double[] a = Data.dense(n);
            for (double v : a) {
                total += v;
            }
            var s = Stores.of(a, n);
            nnz = s.nonZeroCount();
            it = new Iteration(Kernels.ranking(s));
        } else {
            Data.Edges e = Data.sparse(n, 10);
            for (double v : e.w) {
                total += v;
            }
            var s = Stores.sparse(n, e.from, e.to, e.w);
            nnz = s.nonZeroCount();
            it = new Iteration(Kernels.ranking(s));
        }
        double[] x = it.run(7);
        System.out.printf(Locale.ROOT, "%s %d nnz=%d total=%.1f x7=%.12e,%.12e,%.12e%n", args[0], n, nnz, total,
                x[0], x[n / 2], x[n - 1]);
    }
}
