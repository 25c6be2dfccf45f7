package org.micmac4j.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.InvalidInputException;
import org.micmac4j.morph.FieldCsv;
import org.micmac4j.morph.MorphologicalAnalysis;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.morph.PairScale;
import org.micmac4j.report.morph.MorphReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac morph COMPATIBILITY.csv [--exclusions FILE] [--fix PARAM=VALUE ...] [--limit N]}:
 * morphological analysis (cross-consistency assessment, docs/METHOD.md §11) of a compatibility table.
 */
@Command(name = "morph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Morphological analysis (cross-consistency assessment): the exact number of consistent "
            + "configurations, per-value survival counts, the configurations (first ones, or best by score on the "
            + "ordinal scale), and inference with --fix; writes a report folder (morph-report.html)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, table, option)",
            "130:stopped by Ctrl-C"})
final class MorphCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("morph-report");

    @Parameters(paramLabel = "COMPATIBILITY.csv", description = "Square table over the values PARAMETER=value: "
            + "blank within a parameter, 0 excluded / 1 compatible (or -2..+2 with --scale ordinal); one triangle "
            + "is enough.")
    Path file;

    @Option(names = "--exclusions", paramLabel = "FILE",
            description = "Unary exclusions: parameter,allowed_values (or excluded_values), values separated by "
            + "blanks.")
    Path exclusions;

    @Option(names = "--fix", paramLabel = "PARAM=VALUE", description = "Fix a parameter (inference mode); repeatable.")
    List<String> fix = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + MorphologicalAnalysis.LIMIT_DEFAULT,
            description = "Configurations listed (default ${DEFAULT-VALUE}, at most " + MorphologicalAnalysis.LIMIT_MAX
                    + "); the count is always exact.")
    int limit;

    @Option(names = "--search-limit", paramLabel = "STEPS",
            defaultValue = "" + MorphologicalAnalysis.SEARCH_LIMIT_DEFAULT,
            description = "Most search steps of the exact count and the list (default ${DEFAULT-VALUE}, about a "
                    + "minute): a large field whose exclusions prune little stops there with an error.")
    long searchLimit;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "binary",
            description = "binary (0/1, default) or ordinal (-2..+2, pairs at -2 excluded, ranked by summed score).")
    PairScale scale;

    /** For picocli. */
    public MorphCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be >= 0, got " + limit);
        }
        if (limit > MorphologicalAnalysis.LIMIT_MAX) {
            throw new ParameterException(spec.commandLine(),
                    "--limit must be at most " + MorphologicalAnalysis.LIMIT_MAX
                    + " (a list is for reading; the count and survival counts are exact whatever the limit), got "
                    + limit);
        }
        if (searchLimit < 1) {
            throw new ParameterException(spec.commandLine(), "--search-limit must be >= 1, got " + searchLimit);
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String f : fix) {
            int eq = f.lastIndexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--fix expects PARAM=VALUE, got '" + f + "'");
            }
            if (fixed.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip()) != null) {
                throw new ParameterException(spec.commandLine(), "--fix gives parameter " + f.substring(0, eq)
                        + " twice");
            }
        }
        StudyInput.requireFile(file, "compatibility");
        MorphologicalField field = FieldCsv.read(file, scale);
        if (exclusions != null) {
            StudyInput.requireFile(exclusions, "exclusions");
            field = FieldCsv.readExclusions(exclusions, field);
        }
        BigInteger size = field.space().size();
        Progress progress = Progress.upTo(err(), "search steps", searchLimit,
                size.bitLength() < 63 ? size.longValue() : Long.MAX_VALUE);
        MorphologicalResult result;
        try {
            result = MorphologicalAnalysis.withDefaults().withLimit(limit).withSearchLimit(searchLimit)
                    .withProgress(progress).infer(field, fixed);
        } catch (InvalidInputException e) {
            if (e.getMessage().contains("search limit")) {
                throw new InvalidInputException(file + ": " + e.getMessage() + " (--search-limit)", e);
            }
            throw e;
        }
        List<String> notes = fixed.isEmpty() ? List.of() : List.of("Inference mode: fixed " + String.join(", ",
                fixed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + " (every count is of "
                + "the configurations that hold them)");
        show(MorphReport.withDefaults().withTitle(String.valueOf(file.getFileName())).withNotes(notes), result,
                DEFAULT_OUT);
        return ExitCodes.OK;
    }
}
