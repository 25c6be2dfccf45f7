package org.micmac4j.cli;

import java.nio.file.Path;

import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.Scale;
import org.micmac4j.SplitRule;
import org.micmac4j.View;
import org.micmac4j.experts.Robustness;
import org.micmac4j.experts.RobustnessResult;
import org.micmac4j.io.Sheet;
import org.micmac4j.report.micmac.MicmacReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code micmac analyze [MATRIX.csv] [options]}: the MICMAC analysis of a matrix file, or of the
 * bundled example study when no file is given: options, the analysis, then its
 * {@link MicmacReport} (the classification table or, with {@code --json}, one JSON document; the
 * report folder; with {@code --xlsx}, the workbook).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"MICMAC structural analysis: direct and indirect influence and dependence, sectors, "
            + "displacement; writes a report folder (plots, graphs, tables, report.html).",
            "Without MATRIX, analyses the bundled Hauts-de-France industry 2040 example (illustrative scores)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)",
            "130:stopped by Ctrl-C"})
final class AnalyzeCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("micmac-report");

    /**
     * Largest {@code --order}: the ranking of a study matrix is stable after a few orders (the
     * automatic order stops at {@value Micmac#MAX_ORDER_DEFAULT} at most), and every order costs a
     * pass over the matrix, so a larger k is a typing error rather than a request.
     */
    static final int ORDER_MAX = 10_000;

    @Parameters(arity = "0..1", paramLabel = "MATRIX.csv|xlsx",
            description = "Direct influence matrix: header row of ids, one row per variable, cells 0..3, P or blank "
                    + "(a CSV file or a sheet of an .xlsx workbook).")
    Path matrix;

    @Mixin
    SheetOption sheet;

    @Option(names = "--variables", paramLabel = "VARS.csv|xlsx",
            description = "Variables file (columns id, name, group, description); may be the matrix's workbook.")
    Path variables;

    @Option(names = "--variables-sheet", paramLabel = "NAME|INDEX",
            description = "Sheet of an .xlsx variables file: its name or 1-based position. Default: the first sheet.")
    String variablesSheet;

    @Option(names = "--order", paramLabel = "K|auto", defaultValue = "auto", converter = OrderConverter.class,
            description = "Order k of the indirect matrix MDI^k (1.." + ORDER_MAX + "), or auto (until the ranking is "
                    + "stable). Default: ${DEFAULT-VALUE}.")
    int order;

    @Option(names = "--split", paramLabel = "RULE", defaultValue = "mean",
            description = "Split of the plane into sectors: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Split split;

    @Option(names = "--p-current", paramLabel = "V", defaultValue = "0",
            description = "Weight of a P cell in the current matrix. Default: ${DEFAULT-VALUE}.")
    double pCurrent;

    @Option(names = "--p-potential", paramLabel = "V", defaultValue = "3",
            description = "Weight of a P cell in the potential matrix. Default: ${DEFAULT-VALUE}.")
    double pPotential;

    @Option(names = "--graph-top", paramLabel = "PERCENT", defaultValue = "20",
            description = "Influence graphs keep the strongest PERCENT of links. Default: ${DEFAULT-VALUE}.")
    double graphTop;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "classic",
            description = "Cell values allowed: classic (0..3 and P) or real (any non-negative number and P, "
                    + "e.g. averaged expert scores). Default: ${DEFAULT-VALUE}.")
    Scales scale;

    /** --draws N (the Monte Carlo robustness of the classification: N perturbed draws), --seed, --threads. */
    @Mixin
    DrawsOptions monteCarlo;

    @Option(names = "--perturb", paramLabel = "P,Q", defaultValue = "0.1,0.02", converter = PerturbConverter.class,
            description = "Perturbation of each draw: a non-zero cell moves by ±1 with probability P, a zero "
                    + "becomes 1 with probability Q. Default: ${DEFAULT-VALUE}.")
    PerturbConverter.Perturb perturb;

    @Mixin
    DrawnChoicesOptions drawnChoices;

    /** The scales offered on the command line. */
    enum Scales {
        classic(Scale.CLASSIC), real(Scale.PERMISSIVE);

        final Scale scale;

        Scales(Scale scale) {
            this.scale = scale;
        }
    }

    /** The split rules offered on the command line (FIXED needs two values and is library-only). */
    enum Split {
        mean(SplitRule.MEAN), median(SplitRule.MEDIAN), midpoint(SplitRule.MIDPOINT);

        final SplitRule rule;

        Split(SplitRule rule) {
            this.rule = rule;
        }
    }

    /** Reads {@code auto} or a positive integer. */
    static final class OrderConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return Micmac.ORDER_AUTO;
            }
            try {
                long k = Long.parseLong(value.strip());
                if (k >= 1 && k <= ORDER_MAX) {
                    return (int) k;
                }
            } catch (NumberFormatException e) {
                // reported below with the accepted forms
            }
            throw new TypeConversionException("'" + value + "' is not an order: give a whole number from 1 to "
                    + ORDER_MAX + " or auto");
        }
    }

    /** For picocli. */
    public AnalyzeCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (matrix == null && variables != null) {
            throw new ParameterException(spec.commandLine(), "--variables needs a MATRIX.csv file");
        }
        monteCarlo.threads();
        if (!(graphTop > 0 && graphTop <= 100)) {
            throw new ParameterException(spec.commandLine(), "--graph-top must be in (0, 100], got " + graphTop);
        }
        StudyInput input = matrix == null ? StudyInput.bundled() : StudyInput.read(matrix, sheet.sheet(),
                variables, variablesSheet == null ? Sheet.FIRST : Sheet.parse(variablesSheet), scale.scale);
        sheet.noteDefault(matrix, err());
        Micmac config = Micmac.withDefaults().withOrder(order).withSplit(split.rule)
                .withPotentialWeights(pCurrent, pPotential);
        long n = input.matrix().size();
        Progress progress = progress(n * n * (order == Micmac.ORDER_AUTO ? 16 : order));
        progress.step("analysing " + n + " variables");
        MicmacResult result = config.analyze(input.matrix());
        result.view(View.POTENTIAL_INDIRECT); // runs both iterations now, under the progress message
        RobustnessResult robustness = null;
        long draws = monteCarlo.count() == null ? 0 : monteCarlo.count();
        if (draws != 0) {
            Robustness mc = Robustness.withDefaults().withPerturbation(perturb.p(), perturb.q())
                    .withDraws(ExpertsCommand.robustnessDraws(monteCarlo, draws, input.matrix().size()));
            robustness = Engine.Current.engine.robustness(drawnChoices.applyTo(mc), input.matrix(), config);
        }
        show(MicmacReport.withDefaults().withTitle(input.title()).withNotes(input.notes()).withGraphPercent(graphTop)
                .withRobustness(robustness), result, DEFAULT_OUT, progress);
        return ExitCodes.OK;
    }
}
