package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.List;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code micmac scenarios [--full]}: the bundled chain, from the example study's MICMAC key
 * variables to descriptors (their hypotheses) to the consistent scenarios of the illustrative CIB
 * matrix.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The bundled chain: MICMAC key variables of the example study (INFLUENT and RELAY in the "
            + "indirect view) -> descriptors (their hypotheses) -> consistent scenarios of the illustrative CIB "
            + "matrix; writes a report folder (cib-report.html)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad option"})
final class ScenariosCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("scenarios-report");
    /** Scenarios the terminal table and the page list (the report's solutions.csv has them all). */
    static final int LISTED = 10;
    /**
     * Seed of the inconsistency histogram's sample, printed with it: the key-variable space is
     * counted exactly, the full one (3^22 scenarios) sampled.
     */
    static final long INCONSISTENCY_SEED = 1;

    @Option(names = "--full", description = "Every variable with hypotheses (22 descriptors, 3^22 scenarios), not only "
            + "the key variables: the scale demonstration.")
    boolean full;

    @Option(names = "--max-inconsistency", paramLabel = "K", defaultValue = "0",
            description = "Keep every scenario with inconsistency <= K (default ${DEFAULT-VALUE}).")
    int maxInconsistency;

    @Option(names = "--show", paramLabel = "N", defaultValue = "3",
            description = "Scenarios printed with their hypotheses' titles (default ${DEFAULT-VALUE}).")
    int show;

    /** For picocli. */
    public ScenariosCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (maxInconsistency < 0 || show < 0) {
            throw new ParameterException(spec.commandLine(), "--max-inconsistency and --show must be >= 0");
        }
        BundledScenarios chain = BundledScenarios.load(full);
        CibResult result = Cib.withDefaults().withMaxInconsistency(maxInconsistency).solve(chain.matrix());
        String title = "Hauts-de-France industry 2040: " + (full ? "every variable with hypotheses" : "key variables")
                + " (illustrative)";
        CibFindings findings = CibFindings.of(chain.matrix(), result)
                .withKeyVariables(chain.keyVariables(), chain.withoutHypotheses())
                .withInconsistencyCounts(writesFiles(DEFAULT_OUT) ? InconsistencyCounts.of(chain.matrix(),
                        INCONSISTENCY_SEED) : null);
        show(CibReport.withDefaults().withTitle(title).withNotes(List.of(StudyInput.ILLUSTRATIVE,
                BundledScenarios.ILLUSTRATIVE)).withScenariosListed(LISTED).withScenariosDescribed(show), findings,
                DEFAULT_OUT);
        return ExitCodes.OK;
    }
}
