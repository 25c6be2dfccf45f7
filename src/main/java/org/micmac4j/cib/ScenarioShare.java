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
}
