package org.micmac4j.cib;

/**
 * The step shared by the incremental enumerations ({@link Sweep}, {@link SuccessionKernel}):
 * scenarios are visited like the readings of a mixed-radix counter over the variants
 * z[prefix..top] (z[top] turning fastest), and b, the sum of the chosen variants' rows of the
 * judgement matrix, follows by one difference row per digit that moves. That is the "one row
 * update per step" that makes a sweep cost O(n) per scenario instead of O(descriptors · n). Also
 * the counter's start for one parallel task and the column bounds of an inner block.
 */
final class RowOdometer {
    private RowOdometer() {
    }

    /**
     * Advances the counter by one: z[d] += 1 from d = top, carrying into d - 1 on a wrap, and
     * b += row(d, new z[d]) − row(d, old z[d]) for every digit d that moved.
     *
     * @param z the chosen variant of each descriptor; modified
     * @param b the summed rows of the chosen variants, length n; modified
     * @param top the fastest digit
     * @param prefix the slowest digit (digits before it are fixed)
     * @param off first row of each descriptor's variants
     * @param k number of variants of each descriptor
     * @param cells the judgement matrix, n x n row-major; not modified
     * @param n the number of variants in all
     * @return false when the counter wrapped past its last reading (z[prefix..top] back to 0)
     */
    static boolean advance(int[] z, int[] b, int top, int prefix, int[] off, int[] k, int[] cells, int n) {
        for (int d = top; d >= prefix; d--) {
            int from = (off[d] + z[d]) * n;
            z[d]++;
            if (z[d] == k[d]) {
                z[d] = 0;
            }
            int to = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                b[c] += cells[to + c] - cells[from + c];
            }
            if (z[d] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counter's first reading for one task: the task number, in mixed radix k[0..prefix-1],
     * gives the fixed digits z[0..prefix-1]; the others start at 0.
     *
     * @param task the task number, 0 ≤ task &lt; k[0]·…·k[prefix-1]
     * @param prefix the number of fixed digits
     * @param k number of variants of each descriptor
     * @param nd number of descriptors
     * @return z, a new array of length nd
     */
    static int[] start(int task, int prefix, int[] k, int nd) {
        int[] z = new int[nd];
        int rest = task;
        for (int d = prefix - 1; d >= 0; d--) {
            z[d] = rest % k[d];
            rest /= k[d];
        }
        return z;
    }

    /**
     * b = Σ_{d &lt; upTo} row(d, z[d]): the summed rows of the chosen variants of descriptors 0..upTo-1.
     *
     * @param z the chosen variants; not modified
     * @param upTo descriptors summed: 0..upTo-1
     * @param off first row of each descriptor's variants
     * @param cells the judgement matrix, n x n row-major; not modified
     * @param n the number of variants in all
     * @return b, a new array of length n
     */
    static int[] rowSum(int[] z, int upTo, int[] off, int[] cells, int n) {
        int[] b = new int[n];
        for (int d = 0; d < upTo; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                b[c] += cells[row + c];
            }
        }
        return b;
    }

    /**
     * min[c] and max[c] over the w rows of an inner block: the bounds on what the inner descriptors
     * add to column c whatever their variants.
     *
     * @param r the block's summed rows, w x n row-major; not modified
     * @param w number of rows
     * @param n row length
     * @param min written
     * @param max written
     */
    static void columnBounds(int[] r, int w, int n, int[] min, int[] max) {
        for (int c = 0; c < n; c++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int x = 0; x < w; x++) {
                lo = Math.min(lo, r[x * n + c]);
                hi = Math.max(hi, r[x * n + c]);
            }
            min[c] = lo;
            max[c] = hi;
        }
    }
}
