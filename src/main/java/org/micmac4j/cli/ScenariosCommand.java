package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.Draws;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.InconsistencyCounts;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;
import org.micmac4j.scenario.Blocks;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code micmac scenarios [--full]}: the bundled chain, from the example study's MICMAC key
 * variables to descriptors (their hypotheses) to the consistent scenarios of the illustrative CIB
 * matrix, and the study's last step: the scenarios grouped by block-level hypothesis and a diverse
 * pick of three.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The bundled chain: MICMAC key variables of the example study (INFLUENT and RELAY in the "
            + "indirect view) -> descriptors (their hypotheses) -> consistent scenarios of the illustrative CIB "
            + "matrix; writes a report folder (cib-report.html).",
            "The study's last step: the consistent scenarios grouped by block (a block takes Hk when every key "
                + "variable of the block takes its micro-scenario Hk, else it is mixed), and a diverse pick of "
                + "--diverse scenarios described with their titles. The study gives no quantified indicators, so none "
                + "are shown."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad option",
            "130:stopped by Ctrl-C"})
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

    @Option(names = "--diverse", paramLabel = "K", defaultValue = "3",
            description = "Contrasting scenarios picked (greedy max-min Hamming) and described with their titles "
                    + "(default ${DEFAULT-VALUE}).")
    int diverse;

    /**
     * The study's one surviving assembly of micro-scenarios into a scenario, block by block (README of the example).
     */
    static final List<String> STUDY_TRACE = List.of("H2", "H1", "H2");

    /** What the example gives, and does not give, for the study's last step. */
    static final String NO_QUANTITIES = "The study gives no quantified indicators for its micro-scenarios, so no "
            + "indicator values are shown (micmac cib --quantities FILE attaches them when a study has them).";

    /** For picocli. */
    public ScenariosCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (maxInconsistency < 0 || show < 0 || diverse < 1) {
            throw new ParameterException(spec.commandLine(), "--max-inconsistency and --show must be >= 0, --diverse "
                    + ">= 1");
        }
        BundledScenarios chain = BundledScenarios.load(full);
        CibResult result = Cib.withDefaults().withMaxInconsistency(maxInconsistency).solve(chain.matrix());
        String title = "Hauts-de-France industry 2040: " + (full ? "every variable with hypotheses" : "key variables")
                + " (illustrative)";
        Blocks blocks = Blocks.of(chain.matrix().space(), chain.blockOrder());
        CibFindings findings = CibFindings.of(chain.matrix(), result)
                .withKeyVariables(chain.keyVariables(), chain.withoutHypotheses())
                .withInconsistencyCounts(writesFiles(DEFAULT_OUT) ? InconsistencyCounts.of(chain.matrix(),
                        Draws.withDefaults().withCount(InconsistencyCounts.DRAWS_DEFAULT).withSeed(INCONSISTENCY_SEED))
                        : null)
                .withBlocks(blocks).withDiverse(DiverseSelection.select(result, null, diverse));
        show(CibReport.withDefaults().withTitle(title).withNotes(List.of(StudyInput.ILLUSTRATIVE,
                BundledScenarios.ILLUSTRATIVE, trace(blocks, result), NO_QUANTITIES)).withScenariosListed(LISTED)
                .withScenariosDescribed(show), findings, DEFAULT_OUT);
        return ExitCodes.OK;
    }

    /**
     * The study's trace "Bloc 1 - H2, Bloc 2 - H1, Bloc 3 - H2" against the solution set, read as
     * "every descriptor of the block at that hypothesis" (one of the two readings the example's
     * README allows; the source does not say which).
     */
    static String trace(Blocks blocks, CibResult result) {
        List<String> parts = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        long matching = result.scenarios().stream().filter(s -> {
            for (Blocks.Block b : blocks.blocks()) {
                if (b.number() <= STUDY_TRACE.size()
                        && !blocks.hypothesis(b, s.scenario()).equals(STUDY_TRACE.get(b.number() - 1))) {
                    return false;
                }
            }
            return true;
        }).count();
        for (int n = 1; n <= STUDY_TRACE.size(); n++) {
            int number = n;
            if (blocks.blocks().stream().anyMatch(b -> b.number() == number)) {
                parts.add("block " + n + " " + STUDY_TRACE.get(n - 1));
            } else {
                absent.add("block " + n);
            }
        }
        return String.format(java.util.Locale.ROOT, "The study's one surviving assembly of a scenario is 'Bloc 1 - H2, "
                + "Bloc 2 - H1, Bloc 3 - H2'. Read as every descriptor of the block at that hypothesis (the source "
                + "does not say that this is what it means), %d of the %d scenarios found take %s%s.", matching,
                result.size(), String.join(", ", parts), absent.isEmpty() ? ""
                        : " (" + String.join(", ", absent) + ": no descriptor here)");
    }
}
