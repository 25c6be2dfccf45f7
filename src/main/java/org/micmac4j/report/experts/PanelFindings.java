package org.micmac4j.report.experts;

import java.util.Objects;

import org.micmac4j.Draws;
import org.micmac4j.InvalidInputException;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.RobustnessResult;

/**
 * What a panel report shows: the synthesis of the experts' grids and, when draws were made, the
 * Monte Carlo robustness of its classification.
 *
 * <pre>{@code
 * PanelFindings f = PanelFindings.of(synthesis.synthesize(panel)).withRobustness(mc);
 * ExpertsReport.withDefaults().write(f, Path.of("experts-report"));
 * }</pre>
 *
 * @param synthesis the synthesis
 * @param robustness its robustness, or null when no draws were made
 * @param seed the seed the JSON document reports: the robustness's own when there is one,
 *     otherwise the seed that draws would use
 */
public record PanelFindings(PanelResult synthesis, RobustnessResult robustness, long seed) {
    /**
     * Checks the parts.
     *
     * @param synthesis the synthesis
     * @param robustness its robustness, or null
     * @param seed the seed
     * @throws InvalidInputException when the robustness covers other variables or has another seed
     */
    public PanelFindings {
        Objects.requireNonNull(synthesis, "synthesis");
        if (robustness != null && !robustness.variables().equals(synthesis.panel().variables())) {
            throw new InvalidInputException("the robustness covers other variables than the panel");
        }
        if (robustness != null && robustness.seed() != seed) {
            throw new InvalidInputException("the seed " + seed + " is not the robustness's own (" + robustness.seed()
                    + ")");
        }
    }

    /**
     * @param synthesis a synthesis
     * @return the findings without draws, with the default seed ({@link Draws#SEED_DEFAULT})
     */
    public static PanelFindings of(PanelResult synthesis) {
        return new PanelFindings(synthesis, null, Draws.SEED_DEFAULT);
    }

    /**
     * @param mc the robustness of the same synthesis, or null for none
     * @return a copy with it (and its seed)
     */
    public PanelFindings withRobustness(RobustnessResult mc) {
        return new PanelFindings(synthesis, mc, mc == null ? seed : mc.seed());
    }

    /**
     * @param newSeed the seed reported when there is no robustness
     * @return a copy with it
     */
    public PanelFindings withSeed(long newSeed) {
        return new PanelFindings(synthesis, robustness, newSeed);
    }
}
