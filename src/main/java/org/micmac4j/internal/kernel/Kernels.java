package org.micmac4j.internal.kernel;

import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.internal.store.ByteStore;
import org.micmac4j.internal.store.CsrStore;
import org.micmac4j.internal.store.DenseStore;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;

/**
 * Chooses the ranking kernel for a store.
 *
 * <ul>
 *   <li>Family: {@link KernelChoice#AUTO} follows the store ({@link DenseStore} → fused doubles,
 *       {@link ByteStore} → fused bytes, {@link CsrStore} → {@link CsrGatherKernel}, two gathers over M and Mᵀ); DENSE
 * and SPARSE
 *       convert the store first (a one-off O(n²) or O(nnz) copy).</li>
 *   <li>Threads: several only when one step reads at least {@link #PARALLEL_MIN_WORK} (plain Java)
 *       or {@link #PARALLEL_MIN_WORK_VECTOR} (Vector API) stored
 *       cells (n² dense, nnz sparse); below that, handing work to threads costs more than it
 *       saves (the crossover measured with {@code CrossoverBench.parallel} in the benchmarks module).</li>
 * </ul>
 *
 * Dense kernels use the Vector API when the JVM has it ({@link SimdSupport}). Every
 * single-threaded plain-Java kernel gives results bit-identical to {@link NaiveDenseKernel}; the
 * parallel ones differ only in how column sums are grouped (see {@link ParallelKernel}), the
 * vector ones in the order of row sums (lane by lane): last-bit differences, which the core's tie
 * tolerance absorbs.
 */
public final class Kernels {
    /**
     * Stored cells per step from which a plain-Java kernel uses two threads: 2^18, a dense
     * n = 512, where one step took 130 µs on one thread and 118 µs on two (at n = 362: 77 µs
     * against 106 µs). {@code CrossoverBench.parallel}, 2 cores, benchmarks/RESULTS.md ("Selection
     * rules"). Measured when every step woke its helper (about 50 µs); since the steps are handed
     * off back to back ({@link org.micmac4j.internal.parallel.Team}) the crossover can only have
     * moved down, so this value errs towards one thread until {@code CrossoverBench.parallel} is
     * rerun on a quiet machine.
     */
    public static final long PARALLEL_MIN_WORK = 1L << 18;
    /**
     * The same for the Vector API kernels, five times faster per cell: 3 * 2^18, a dense
     * n ≈ 890 (measured: 0.85x at n = 724, 1.21x at n = 1024).
     */
    public static final long PARALLEL_MIN_WORK_VECTOR = 3L << 18;

    private Kernels() {
    }

    /**
     * @param store the matrix
     * @return a kernel computing one fused step over it, of the store's family, threads automatic
     */
    public static RankingKernel ranking(MatrixStore store) {
        return ranking(store, KernelChoice.AUTO, 0);
    }

    /**
     * @param store the matrix
     * @param choice the kernel family
     * @return a kernel computing one fused step over it, threads automatic
     */
    public static RankingKernel ranking(MatrixStore store, KernelChoice choice) {
        return ranking(store, choice, 0);
    }

    /**
     * @param store the matrix
     * @param choice the kernel family
     * @param threads at most this many threads; 0 for the number of processors, 1 for none
     * @return a kernel computing one fused step over it
     */
    public static RankingKernel ranking(MatrixStore store, KernelChoice choice, int threads) {
        return ranking(store, choice, threads, SimdSupport.kernels().parallelMinWork());
    }

    /**
     * As {@link #ranking(MatrixStore, KernelChoice, int)} with the parallel threshold given, so
     * that tests can exercise the parallel path on small matrices and benchmarks can measure the
     * crossover.
     *
     * @param store the matrix
     * @param choice the kernel family
     * @param threads at most this many threads; 0 for the number of processors, 1 for none
     * @param parallelMinWork stored cells per step from which several threads are used
     * @return a kernel computing one fused step over it
     */
    public static RankingKernel ranking(MatrixStore store, KernelChoice choice, int threads, long parallelMinWork) {
        return ranking(store, choice, threads, parallelMinWork, SimdSupport.kernels());
    }


    /** As above with the kernel set given (tests run the scalar and the vector set). */
    static RankingKernel ranking(MatrixStore store, KernelChoice choice, int threads, long parallelMinWork,
            SimdKernels set) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or positive, got " + threads);
        }
        MatrixStore s = convert(store, choice);
        int t = Workers.resolve(threads);
        if (s instanceof CsrStore) {
            return new CsrGatherKernel((CsrStore) s, s.nonZeroCount() >= parallelMinWork ? t : 1);
        }
        RowRangeKernel k = single(s, set);
        return t > 1 && k.work() >= parallelMinWork && k.size() > 1 ? new ParallelKernel(k, t) : k;
    }

    /** The store in the layout the choice asks for (the same store when it already is). */
    private static MatrixStore convert(MatrixStore store, KernelChoice choice) {
        boolean sparse = store instanceof CsrStore;
        boolean known = sparse || store instanceof DenseStore || store instanceof ByteStore;
        if (known && (choice == KernelChoice.AUTO
                || (choice == KernelChoice.SPARSE) == sparse)) {
            return store;
        }
        boolean fits = store.isIntegral() && store.maxValue() <= ByteStore.MAX_VALUE;
        int n = store.size();
        Layout layout = choice == KernelChoice.SPARSE ? Layout.SPARSE
                : choice == KernelChoice.DENSE ? (fits ? Layout.BYTES : Layout.DENSE)
                : Stores.choose(Layout.AUTO, n, store.nonZeroCount(), fits);
        if (layout == Layout.SPARSE) {
            int[] from = new int[(int) store.nonZeroCount()];
            int[] to = new int[from.length];
            double[] w = new double[from.length];
            int[] e = {0};
            store.forEachNonZero((i, j, v) -> {
                from[e[0]] = i;
                to[e[0]] = j;
                w[e[0]++] = v;
            });
            return CsrStore.fromEdges(n, from, to, w);
        }
        return Stores.of(store.toRowMajor(), n, layout);
    }

    /** The dense kernel of a {@link ByteStore} or {@link DenseStore}. */
    private static RowRangeKernel single(MatrixStore s, SimdKernels set) {
        if (s instanceof ByteStore) {
            return set.bytes(((ByteStore) s).backingArray(), s.size());
        }
        return set.doubles(((DenseStore) s).backingArray(), s.size());
    }
}
