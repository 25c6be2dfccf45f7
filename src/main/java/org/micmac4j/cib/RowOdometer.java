package org.micmac4j.cib;

/**
 * The step shared by the incremental enumerations ({@link Sweep}, {@link SuccessionKernel}):
 * scenarios are visited like the readings of a mixed-radix counter over the variants
 * z[prefix..top] (z[top] turning fastest), and b, the sum of the chosen variants' rows of the
 * judgement matrix, follows by one difference row per digit that moves. That is the "one row
 * update per step" that makes a sweep cost O(n) per scenario instead of O(descriptors · n).
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
}
