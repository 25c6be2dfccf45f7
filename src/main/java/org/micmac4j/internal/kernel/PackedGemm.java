package org.micmac4j.internal.kernel;

import org.micmac4j.internal.parallel.Workers;

/**
 * C = A·B on n x n row-major {@code double[]}, organised as in BLIS (Van Zee and van de Geijn,
 * "BLIS: A Framework for Rapidly Instantiating BLAS Functionality", 2015) around a
 * {@link MicroKernel} that keeps an MR x NR tile of C in registers:
 *
 * <pre>
 *   rows of C split into one range per thread (multiples of MR)
 *   for each block of ≤ rowBlock rows of the range       A block: L3
 *     for each block of ≤ depthBlock values of p         (the inner dimension)
 *       pack A[rows][p-block] into MR-row micro-panels
 *       for each block of ≤ columnBlock columns          B block: L2/L3
 *         pack B[p-block][columns] into NR-column micro-panels
 *         for each MR-row micro-panel of A               MR x depth: L1
 *           for each NR-column micro-panel of B          streams from L2/L3
 *             C tile (=|+=) micro-kernel
 * </pre>
 *
 * The first p-block stores its tile, the others add to it. Each entry of C is therefore
 * Σ over p-blocks (in order) of the in-order sum over the block: the same operations whatever the
 * number of threads, the row ranges or the position of the tile (edge tiles run the same kernel
 * on a zero-padded panel, into a buffer, then are stored or added the same way), so products are
 * bit-identical for every thread count. Buffers come from a {@link GemmWorkspace}.
 */
final class PackedGemm implements GemmKernel {
    /**
     * KC, values of the inner dimension per block: an A micro-panel (MR x KC doubles: 16 KiB for
     * the 8-row vector tile) takes half of a 32 KiB L1 data cache, the other half is left to the
     * streaming B panels and the C tile. Measured (one Zen 4 core, n = 2048): 128, 256, 384 and
     * 512 within 5 % of each other once the B block is wide (46-52 GFLOP/s).
     */
    static final int DEPTH_BLOCK = 256;
    /**
     * Bytes of packed B per block (KC x columns): 1.5 MiB, 768 columns at KC = 256. Wider than the
     * 1 MiB L2 of the machine measured, yet faster than blocks that fit (one Zen 4 core, n = 2048:
     * 192 columns 47 GFLOP/s, 384 49, 768 51, 1536 51): the B panels stream from L2 and L3 behind
     * the prefetcher, while each A micro-panel, loaded into L1 once per block, serves more tiles.
     */
    static final int B_BLOCK_BYTES = 3 << 19;
    /** Bytes of packed A per block (rows x KC), from L3: 4 MiB of the 32 MiB shared L3 (2048 rows at KC = 256). */
    static final int A_BLOCK_BYTES = 4 << 20;

    private final MicroKernel kernel;
    private final int mr;
    private final int nr;
    private final int depthBlock;
    private final int columnBlock;
    private final int rowBlock;

    /**
     * @param kernel the micro-kernel
     * @param depthBlock values of the inner dimension per block (KC): MR·KC doubles of A stay in L1
     * @param columnBlock columns of B per packed block, a multiple of NR: KC x columnBlock doubles stay in L2
     * @param rowBlock rows of A per packed block, a multiple of MR: rowBlock x KC doubles in L3
     */
    PackedGemm(MicroKernel kernel, int depthBlock, int columnBlock, int rowBlock) {
        this.kernel = kernel;
        this.mr = kernel.rows();
        this.nr = kernel.columns();
        if (columnBlock % nr != 0 || rowBlock % mr != 0 || depthBlock < 1) {
            throw new IllegalArgumentException("blocks must be multiples of the tile: " + columnBlock + " / " + nr
                    + ", " + rowBlock + " / " + mr);
        }
        this.depthBlock = depthBlock;
        this.columnBlock = columnBlock;
        this.rowBlock = rowBlock;
    }

    /**
     * @param kernel a micro-kernel
     * @return the product over it, with blocks sized by {@link #DEPTH_BLOCK}, {@link #B_BLOCK_BYTES}
     *         and {@link #A_BLOCK_BYTES}
     */
    static PackedGemm sizedFor(MicroKernel kernel) {
        int columns = Math.max(1, B_BLOCK_BYTES / (DEPTH_BLOCK * Double.BYTES * kernel.columns())) * kernel.columns();
        int rows = Math.max(1, A_BLOCK_BYTES / (DEPTH_BLOCK * Double.BYTES * kernel.rows())) * kernel.rows();
        return new PackedGemm(kernel, DEPTH_BLOCK, columns, rows);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int n, int threads, GemmWorkspace workspace) {
        if (n == 0) {
            return;
        }
        int[] bounds = GemmKernel.rowRanges(n, threads, mr);
        int t = bounds.length - 1;
        int widest = 0;
        for (int k = 1; k <= t; k++) {
            widest = Math.max(widest, bounds[k] - bounds[k - 1]);
        }
        int kc = Math.min(depthBlock, n);
        int aSize = Math.min(rowBlock, roundUp(widest, mr)) * kc;
        int bSize = Math.min(columnBlock, roundUp(n, nr)) * kc;
        GemmWorkspace.Part[] parts = new GemmWorkspace.Part[t];
        for (int k = 0; k < t; k++) {
            parts[k] = workspace.part(k, aSize, bSize, mr * nr);
        }
        if (t == 1) {
            rows(a, b, c, n, 0, n, parts[0]);
            return;
        }
        // Range k with buffers k, whichever thread claims it.
        Workers.run(t, t, k -> rows(a, b, c, n, bounds[k], bounds[k + 1], parts[k]));
    }

    /** Rows from..to-1 of C = A·B. */
    private void rows(double[] a, double[] b, double[] c, int n, int from, int to, GemmWorkspace.Part buf) {
        for (int i0 = from; i0 < to; i0 += rowBlock) {
            int rows = Math.min(rowBlock, to - i0);
            for (int p0 = 0; p0 < n; p0 += depthBlock) {
                int kc = Math.min(depthBlock, n - p0);
                GemmPacking.packA(a, n, i0, rows, p0, kc, mr, buf.a);
                for (int j0 = 0; j0 < n; j0 += columnBlock) {
                    int cols = Math.min(columnBlock, n - j0);
                    GemmPacking.packB(b, n, p0, kc, j0, cols, nr, buf.b);
                    block(c, n, i0, rows, j0, cols, kc, p0 == 0, buf);
                }
            }
        }
    }

    /** C[i0..i0+rows)[j0..j0+cols) (=|+=) packed A · packed B, tile by tile. */
    private void block(double[] c, int n, int i0, int rows, int j0, int cols, int kc, boolean overwrite,
            GemmWorkspace.Part buf) {
        final MicroKernel k = kernel;
        final double[] ap = buf.a;
        final double[] bp = buf.b;
        for (int ir = 0; ir < rows; ir += mr) {
            final int liveRows = Math.min(mr, rows - ir);
            final int ao = ir * kc;
            for (int jr = 0; jr < cols; jr += nr) {
                final int bo = jr * kc;
                final int co = (i0 + ir) * n + j0 + jr;
                final int liveCols = Math.min(nr, cols - jr);
                if (liveRows == mr && liveCols == nr) {
                    k.multiply(ap, ao, bp, bo, kc, c, co, n, overwrite);
                } else {
                    k.multiply(ap, ao, bp, bo, kc, buf.tile, 0, nr, true);
                    edge(buf.tile, c, co, n, liveRows, liveCols, overwrite);
                }
            }
        }
    }

    /** The live part of an edge tile into C, stored or added as the kernel would. */
    private void edge(double[] tile, double[] c, int co, int n, int liveRows, int liveCols, boolean overwrite) {
        for (int r = 0; r < liveRows; r++) {
            for (int j = 0, t = r * nr, o = co + r * n; j < liveCols; j++) {
                c[o + j] = overwrite ? tile[t + j] : c[o + j] + tile[t + j];
            }
        }
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    private static int roundUp(int x, int multiple) {
        return ceilDiv(x, multiple) * multiple;
    }

    @Override
    public String name() {
        return "packed-" + kernel.name();
    }

    /**
     * @param depth KC
     * @param columns columns of B per block, a multiple of NR
     * @param rows rows of A per block, a multiple of MR
     * @return the same micro-kernel with other blocks (tests use small ones to cross every edge)
     */
    PackedGemm withBlocks(int depth, int columns, int rows) {
        return new PackedGemm(kernel, depth, columns, rows);
    }

    /** @return KC, the depth block, which alone fixes the order of the sums */
    int depthBlock() {
        return depthBlock;
    }

    /** @return columns of B per packed block */
    int columnBlock() {
        return columnBlock;
    }

    /** @return rows of A per packed block */
    int rowBlock() {
        return rowBlock;
    }

    /** @return the micro-kernel */
    MicroKernel microKernel() {
        return kernel;
    }

    /** @return MR x NR, KC, column and row blocks, for reports */
    @Override
    public String blocking() {
        return mr + "x" + nr + " tile, depth " + depthBlock + ", " + columnBlock + " columns, " + rowBlock + " rows";
    }
}
