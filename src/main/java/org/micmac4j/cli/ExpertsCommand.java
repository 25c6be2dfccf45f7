package org.micmac4j.cli;

import java.nio.file.Path;

import org.micmac4j.Draws;
import org.micmac4j.Micmac;
import org.micmac4j.experts.AggregationRule;
import org.micmac4j.experts.BlankCells;
import org.micmac4j.experts.Panel;
import org.micmac4j.experts.PanelCsv;
import org.micmac4j.experts.PanelInput;
import org.micmac4j.experts.PanelResult;
import org.micmac4j.experts.PanelSynthesis;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.report.experts.ExpertsReport;
import org.micmac4j.report.experts.PanelFindings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac experts INPUT [options]}: synthesises several experts' grids into one matrix,
 * analyses it, measures the experts' agreement and, with {@code --draws}, the robustness of the
 * classification.
 */
@Command(name = "experts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Many experts, one synthesis: aggregates experts' (partial) grids, runs MICMAC on the "
            + "aggregate, measures agreement (Kendall's W, Krippendorff's alpha), lists disputed cells for a "
            + "Delphi round, and with --draws estimates sector probabilities by Monte Carlo.",
            "INPUT is a folder of matrix CSV files (one per expert, file name = expert; blank = no opinion), "
                + "an Excel workbook with one sheet per expert (sheet name = expert), "
                + "or one long CSV with the header expert,from,to,score."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, grid, option)",
            "130:stopped by Ctrl-C"})
final class ExpertsCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("experts-report");

    @Parameters(paramLabel = "INPUT",
            description = "Folder of expert grids, a workbook (.xlsx) with one sheet per expert, or a long CSV "
            + "expert,from,to,score.")
    Path input;

    @Option(names = "--variables", paramLabel = "VARS.csv",
            description = "Variables file (id, name, group, description). Default: INPUT/variables.csv when present, "
                    + "else the ids in order of appearance.")
    Path variables;

    @Option(names = "--rule", paramLabel = "RULE", defaultValue = "mean",
            description = "Aggregation of each cell: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Rule rule;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Expert weights expert,weight (mean, mode and rounded use them). Default: "
                    + "INPUT/experts.csv when present.")
    Path weights;

    @Option(names = "--min-coverage", paramLabel = "K", defaultValue = "2",
            description = "Report cells with fewer than K opinions. Default: ${DEFAULT-VALUE}.")
    int minCoverage;

    @Option(names = "--disputed", paramLabel = "N", defaultValue = "20",
            description = "How many of the most disputed cells to list. Default: ${DEFAULT-VALUE}.")
    int disputed;

    @Mixin
    DrawsOptions monteCarlo;

    @Option(names = "--perturb", paramLabel = "P,Q", converter = PerturbConverter.class,
            description = "Also perturb each draw: a non-zero cell moves by ±1 with probability P, a zero becomes 1 "
                    + "with probability Q.")
    PerturbConverter.Perturb perturb;

    @Mixin
    DrawnChoicesOptions drawnChoices;

    @Option(names = "--cell-draws",
            description = "Draw each cell from its experts' opinions (besides resampling experts).")
    boolean cellDraws;

    @Option(names = "--no-bootstrap", description = "Do not resample the experts in the draws.")
    boolean noBootstrap;

    @Option(names = "--blanks", paramLabel = "HOW", defaultValue = "zero",
            description = "How a blank reads in an expert's own grid for Kendall's W: zero (the grid as returned) or "
                    + "aggregate (the panel's value; fairer to partial grids). Default: ${DEFAULT-VALUE}.")
    Blanks blanks;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "classic",
            description = "Scores allowed: classic (0..3 and P) or real. Default: ${DEFAULT-VALUE}.")
    AnalyzeCommand.Scales scale;

    /** The rules offered on the command line. */
    enum Rule {
        mean(AggregationRule.MEAN), median(AggregationRule.MEDIAN), mode(AggregationRule.MODE),
        rounded(AggregationRule.ROUNDED), max(AggregationRule.MAX);

        final AggregationRule rule;

        Rule(AggregationRule rule) {
            this.rule = rule;
        }
    }

    /** The blank-cell readings offered on the command line. */
    enum Blanks {
        zero(BlankCells.ZERO), aggregate(BlankCells.AGGREGATE);

        final BlankCells value;

        Blanks(BlankCells value) {
            this.value = value;
        }
    }

    /** For picocli. */
    public ExpertsCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (minCoverage < 1) {
            throw new ParameterException(spec.commandLine(), "--min-coverage must be at least 1, got " + minCoverage);
        }
        if (disputed < 0) {
            throw new ParameterException(spec.commandLine(), "--disputed must be >= 0, got " + disputed);
        }
        long draws = monteCarlo.count() == null ? 0 : monteCarlo.count();
        monteCarlo.threads();
        Panel panel = readPanel();
        PanelSynthesis synthesis = PanelSynthesis.withDefaults().withRule(rule.rule).withMinCoverage(minCoverage)
                .withDisputedCells(disputed).withBlankCells(blanks.value).withMicmac(Micmac.withDefaults());
        PanelResult result = synthesis.synthesize(panel);
        RobustnessResult robustness = null;
        if (draws != 0) {
            Robustness mc = Robustness.withDefaults().withDraws(robustnessDraws(monteCarlo, draws, panel.size()))
                    .withExpertBootstrap(!noBootstrap).withCellDraws(cellDraws);
            if (perturb != null) {
                mc = mc.withPerturbation(perturb.p(), perturb.q());
            }
            robustness = Engine.Current.engine.robustness(drawnChoices.applyTo(mc), panel, synthesis);
        }
        show(ExpertsReport.withDefaults().withTitle("Expert panel: " + input.getFileName()),
                PanelFindings.of(result).withSeed(monteCarlo.seed).withRobustness(robustness), DEFAULT_OUT);
        return ExitCodes.OK;
    }

    private Panel readPanel() throws Exception {
        PanelInput in = PanelCsv.read(input, variables, weights, scale.scale);
        in.warnings().forEach(w -> err().println("micmac: warning: " + w));
        return in.panel();
    }

    /**
     * The draws of a robustness run (shared with {@code analyze --draws}): --draws within
     * {@link Robustness#DRAWS_MAX}, with progress when the run is long (draws × n²).
     */
    static Draws robustnessDraws(DrawsOptions options, long draws, int n) {
        Progress progress = Progress.counts(options.mixee.commandLine().getErr(), "draws", draws,
                Progress.work(Math.max(0, draws), (long) n * n));
        return options.draws("--draws", draws, Robustness.DRAWS_MAX, "each draw is a whole MICMAC analysis; at "
                + "that many a sector probability is within 0.001", progress);
    }
}
