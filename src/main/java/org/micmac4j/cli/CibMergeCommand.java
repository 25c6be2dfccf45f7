package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.cib.io.SolutionList;
import org.micmac4j.cib.io.SuccessionParts;
import org.micmac4j.report.cib.CibFindings;
import org.micmac4j.report.cib.CibReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac cib merge PARTS... [--json] [--sl FILE] [--out DIR]}: the exact succession weights
 * of the whole space from partial results ({@code micmac cib FILE --weights exact --range FIRST:LAST
 * --partial OUT}), printed as {@code micmac cib FILE --weights exact} prints them. Parts of other
 * matrices or settings, overlapping parts and gaps are refused with one line naming the files
 * (exit status 2).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the partial results of `micmac cib FILE --weights exact --range FIRST:LAST --partial "
            + "OUT` (in any order) and print what `micmac cib FILE --weights exact` prints for the whole space, "
            + "under the succession rule "
            + "the parts were computed with. Refuses parts of different matrices or settings (e.g. another "
            + "--succession rule), overlaps and gaps."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (a part, a gap, an overlap, another matrix)"})
final class CibMergeCommand extends ToolCommand {
    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "Partial-result files, in any order.")
    List<Path> parts;

    @Option(names = "--max-inconsistency", paramLabel = "K", defaultValue = "0",
            description = "Keep every scenario with inconsistency <= K (default ${DEFAULT-VALUE}).")
    int maxInconsistency;

    @Option(names = "--list", paramLabel = "N", defaultValue = "" + CibCommand.LIST_DEFAULT,
            description = "List at most N scenarios (default ${DEFAULT-VALUE}); the count stays exact.")
    int list;

    @Option(names = "--sl", paramLabel = "FILE",
            description = "Write the solution list in ScenarioWizard's .sl format.")
    Path sl;

    /** For picocli. */
    public CibMergeCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (maxInconsistency < 0 || list < 0 || list > CibReport.LISTED_MAX) {
            throw new ParameterException(spec.commandLine(), "--max-inconsistency must be >= 0 and --list in 0.."
                    + CibReport.LISTED_MAX);
        }
        List<SuccessionPart> read = new ArrayList<>();
        CibMatrix matrix = null;
        Path first = null;
        for (Path p : parts) {
            StudyInput.requireFile(p, "partial result");
            SuccessionParts.PartFile f = SuccessionParts.read(p);
            if (matrix == null) {
                matrix = f.matrix();
                first = p;
            } else if (!f.matrix().fingerprint().equals(matrix.fingerprint())) {
                throw new InvalidInputException(first + " and " + p + " were computed from different matrices ("
                        + matrix.fingerprint() + "; " + f.matrix().fingerprint() + ")");
            }
            read.add(f.part());
        }
        // the rule the parts were computed with (parts of different settings refuse to merge)
        SuccessionRule rule;
        try {
            rule = Succession.ruleOf(read.get(0).settings());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(parts.get(0) + ": " + e.getMessage());
        }
        SuccessionResult w = Succession.withDefaults().withRule(rule).result(matrix, read);
        CibResult result = Cib.withDefaults().withMaxInconsistency(maxInconsistency).withLimit(list).solve(matrix);
        if (sl != null) {
            SolutionList.write(SolutionList.entries(result, w.weights(), SolutionList.Order.RESULT), sl);
        }
        String title = "Merged from " + parts.size() + " partial result" + (parts.size() == 1 ? "" : "s");
        show(CibReport.withDefaults().withTitle(title).withScenariosListed(list),
                CibFindings.of(matrix, result).withSuccession(w), CibCommand.DEFAULT_OUT);
        return ExitCodes.OK;
    }
}
