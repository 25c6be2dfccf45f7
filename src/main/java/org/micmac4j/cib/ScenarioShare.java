package org.micmac4j.cib;

import java.util.Comparator;
import java.util.List;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;

/**
 * How often a scenario is in the solution set over several matrices (ensemble members or noisy
 * draws), and in which.
 *
 * @param scenario the scenario
 * @param count the number of matrices in whose solution set it is
 * @param share count / number of matrices: the share of members, or the estimated probability of
 *        consistency under judgement noise
 * @param matrices the matrices in whose solution set it is: their 0-based positions in the order
 *        they were solved (ensemble members as given, draws in draw order), ascending; unmodifiable
 */
public record ScenarioShare(Scenario scenario, int count, double share, List<Integer> matrices) {
    /** Share descending, then scenario order. */
    public static final Comparator<ScenarioShare> ORDER = Comparator.comparingInt(ScenarioShare::count).reversed()
            .thenComparing(ScenarioShare::scenario);

    /**
     * The list is copied.
     *
     * @param scenario the scenario
     * @param count the number of matrices in whose solution set it is
     * @param share count / number of matrices
     * @param matrices the positions of those matrices, ascending
     * @throws org.micmac4j.InvalidInputException when count is not the number of positions
     */
    public ScenarioShare {
        matrices = List.copyOf(matrices);
        Messages.require(count == matrices.size(), "a scenario share counts %d matrices but lists %d", count,
                matrices.size());
    }

    /**
     * The count split by consecutive blocks of matrices: for
     * {@link JudgementNoise#analyze(java.util.List)} with {@code size} draws per member, the number
     * of each member's draws in whose solution set the scenario is.
     *
     * <pre>{@code
     * int[] perMember = share.countsPerBlock(noise.draws(), members.size());
     * double p = perMember[i] / (double) noise.draws();   // member i's probability
     * }</pre>
     *
     * @param size matrices per block, ≥ 1
     * @param blocks number of blocks, ≥ 1
     * @return counts[b]: the matrices of positions b·size .. (b+1)·size − 1 holding the scenario
     * @throws org.micmac4j.InvalidInputException when size or blocks is below 1, or a position is at
     *         or beyond size · blocks
     */
    public int[] countsPerBlock(int size, int blocks) {
        Messages.require(size >= 1 && blocks >= 1, "blocks need a size and a number >= 1, got %d and %d", size, blocks);
        int[] counts = new int[blocks];
        for (int m : matrices) {
            Messages.require(m / size < blocks, "matrix %d is beyond %d blocks of %d", m, blocks, size);
            counts[m / size]++;
        }
        return counts;
    }
}
