package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.WeightMode;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.report.CibJson;
import org.micmac4j.report.CibTable;
import org.micmac4j.report.ScenarioReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac cib MATRIX(.scw|.csv) [--max-inconsistency K] [--weights exact|sampled:N]
 * [--seed S] [--sl FILE]}: cross-impact balance analysis (docs/METHOD.md §10) of a judgement matrix.
 */
@Command(name = "cib", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cross-impact balance: every scenario with inconsistency at most K, exactly, with its "
            + "consistency value and total impact score; optional succession weights; writes a ScenarioWizard "
            + "solution list (--sl) and a report folder (cib-report.html)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)"})
final class CibCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("cib-report");

    @Parameters(paramLabel = "MATRIX", description = "ScenarioWizard project (.scw) or CSV with DESCRIPTOR:variant "
            + "labels (row = impacting, column = impacted).")
    Path file;

    @Option(names = "--max-inconsistency", paramLabel = "K", defaultValue = "0",
            description = "Keep every scenario with inconsistency <= K (default ${DEFAULT-VALUE}: the consistent ones).")
    int maxInconsistency;

    @Option(names = "--weights", paramLabel = "exact|sampled:N",
            description = "Succession basin weights: exact (every scenario a start) or sampled:N (N random starts).")
    String weights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Succession.SEED_DEFAULT,
            description = "Seed of the sampled weights (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sl", paramLabel = "FILE", description = "Write the solution list in ScenarioWizard's .sl format.")
    Path sl;

    /** For picocli. */
    public CibCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (maxInconsistency < 0) {
            throw new ParameterException(spec.commandLine(), "--max-inconsistency must be >= 0, got "
                    + maxInconsistency);
        }
        Succession succession = succession();
        CibInput in = CibInput.read(file);
        CibResult result = Cib.withDefaults().withMaxInconsistency(maxInconsistency).solve(in.matrix());
        SuccessionResult w = succession == null ? null : succession.weights(in.matrix());
        if (sl != null) {
            SolutionList.write(SolutionList.entries(result, w == null ? java.util.Map.of() : w.weights(),
                    SolutionList.Order.RESULT), sl);
        }
        if (output.json()) {
            out().println(CibJson.of(result, w));
        } else {
            out().println(in.title());
            in.notes().forEach(n -> out().println("NOTE: " + n));
            out().print(CibTable.of(in.matrix(), result, w, CibTable.SHOWN_DEFAULT));
        }
        Path dir = output.reportDir(DEFAULT_OUT);
        if (dir != null) {
            ScenarioReport.withDefaults().withTitle(in.title()).withNotes(in.notes()).writeCib(in.matrix(), result, w,
                    dir);
            if (!output.json()) {
                out().println();
                out().println("Report written to " + dir.resolve(ScenarioReport.CIB_PAGE));
            }
        }
        return ExitCodes.OK;
    }

    private Succession succession() {
        if (weights == null) {
            return null;
        }
        String w = weights.strip().toLowerCase(Locale.ROOT);
        Succession s = Succession.withDefaults().withSeed(seed);
        if (w.equals("exact")) {
            return s.withWeightMode(WeightMode.EXACT);
        }
        if (w.startsWith("sampled:")) {
            try {
                long n = Long.parseLong(w.substring("sampled:".length()).strip());
                if (n > 0) {
                    return s.withWeightMode(WeightMode.SAMPLED).withSamples(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ParameterException(spec.commandLine(), "--weights expects exact or sampled:N with N > 0, got '"
                + weights + "'");
    }
}
