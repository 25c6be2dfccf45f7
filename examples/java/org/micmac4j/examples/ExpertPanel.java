package org.micmac4j.examples;

import java.nio.file.Path;
import java.util.List;

import org.micmac4j.Draws;
import org.micmac4j.Scale;
import org.micmac4j.Sector;
import org.micmac4j.Variable;
import org.micmac4j.View;
import org.micmac4j.experts.AggregationRule;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.experts.VariableRobustness;
import org.micmac4j.io.VariablesCsv;

/**
 * Synthesises the illustrative expert panel of the example study, prints how much the experts
 * agree and which variables are robustly key (INFLUENT or RELAY in at least 80 % of 500 draws).
 *
 * <p>Usage: {@code ExpertPanel [STUDY_FOLDER]}, by default {@code examples/hdf-industry-2040}
 * (its {@code panel/} folder and {@code variables.csv}).
 */
public final class ExpertPanel {
    private ExpertPanel() {
    }

    /**
     * @param args optional study folder
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path study = Path.of(args.length > 0 ? args[0] : "examples/hdf-industry-2040");
        List<Variable> variables = VariablesCsv.read(study.resolve("variables.csv"));
        Panel panel = PanelCsv.readFolder(study.resolve("panel"), variables, Scale.CLASSIC);
        panel = PanelCsv.readWeights(study.resolve("panel/experts.csv"), panel);

        PanelSynthesis synthesis = PanelSynthesis.withDefaults().withRule(AggregationRule.MEDIAN);
        PanelResult result = synthesis.synthesize(panel);
        System.out.printf("%d experts; Kendall's W (indirect dependence) = %.3f%n", panel.expertCount(),
                result.agreement().kendallW(View.INDIRECT).dependence().w());

        RobustnessResult mc = Robustness.withDefaults()
                .withDraws(Draws.withDefaults().withCount(500).withSeed(42)).run(panel, synthesis);
        for (VariableRobustness v : mc.view(View.INDIRECT)) {
            if (v.keyProbability() >= mc.config().keyThreshold()) {
                System.out.printf("%-8s P(INFLUENT) %.2f  P(RELAY) %.2f%n", v.variable().id(),
                        v.probability(Sector.INFLUENT), v.probability(Sector.RELAY));
            }
        }
    }
}
