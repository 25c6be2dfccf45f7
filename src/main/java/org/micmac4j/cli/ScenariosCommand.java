package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.List;

import org.micmac4j.Variable;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.report.CibJson;
import org.micmac4j.report.CibTable;
import org.micmac4j.report.ScenarioReport;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

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
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad option",
            "130:stopped by Ctrl-C"})
final class ScenariosCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("scenarios-report");

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
        if (output.json()) {
            out().println(CibJson.of(result, null));
        } else {
            print(chain, result, title);
        }
        Path dir = output.reportDir(DEFAULT_OUT);
        if (dir != null) {
            output.write(ScenarioReport.withDefaults().withTitle(title)
                    .withNotes(List.of(BundledScenarios.ILLUSTRATIVE)).renderCib(chain.matrix(), result, null), dir);
            if (!output.json()) {
                out().println();
                out().println("Report written to " + dir.resolve(ScenarioReport.CIB_PAGE));
            }
        }
        return ExitCodes.OK;
    }

    private void print(BundledScenarios chain, CibResult result, String title) {
        out().println(title);
        out().println("NOTE: " + StudyInput.ILLUSTRATIVE);
        out().println("NOTE: " + BundledScenarios.ILLUSTRATIVE);
        out().println();
        out().println("Key variables (MICMAC, indirect view, INFLUENT or RELAY): "
                + String.join(", ", chain.keyVariables().stream().map(Variable::id).toList()));
        if (!chain.withoutHypotheses().isEmpty()) {
            out().println("Left out, the source has no hypotheses for them: "
                    + String.join(", ", chain.withoutHypotheses().stream().map(Variable::id).toList()));
        }
        out().print(CibTable.of(chain.matrix(), result, null, 10));
        ScenarioSpace space = chain.matrix().space();
        int k = 0;
        for (CibScenario s : result.scenarios()) {
            if (k == show) {
                break;
            }
            out().println();
            out().printf("Scenario %d (inconsistency %d, consistency value %d, total impact score %d)%n", ++k,
                    s.inconsistency(), s.consistencyValue(), s.totalImpactScore());
            for (int d = 0; d < space.descriptorCount(); d++) {
                Variant v = space.descriptor(d).variant(s.scenario().variant(d));
                out().printf("  %-8s %-3s %s%n", space.descriptor(d).id(), v.id(), v.name());
            }
        }
    }
}
