package org.micmac4j.cli;

import java.nio.file.Path;

import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.DirectRelationMatrix;
import org.micmac4j.io.CsvTable;
import org.micmac4j.report.dematel.DematelReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code micmac dematel FILE.csv [--round D] [--relations]}: DEMATEL (docs/METHOD.md §8.2) of a direct-relation
 * matrix. Prints the variables table (or, with {@code --json}, one JSON document) and writes the
 * report folder.
 */
@Command(name = "dematel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"DEMATEL: total-relation matrix, D, R, D+R, D-R, cause and effect roles, relations above "
            + "the threshold; writes a report folder (impact-relation map, dematel-report.html)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)",
            "130:stopped by Ctrl-C"})
final class DematelCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("dematel-report");

    @Parameters(paramLabel = "FILE.csv|xlsx",
            description = "Direct-relation matrix Z: header row of ids, one row per variable, non-negative numbers.")
    Path file;

    @Mixin
    SheetOption sheet;

    @Option(names = "--round", paramLabel = "D",
            description = "Round N = Z / s to D decimals (0.." + Dematel.ROUNDING_MAX + ") before computing T, as the "
                    + "CRAN package dematel does (it uses 5). Default: no rounding.")
    Integer round;

    @Option(names = "--relations",
            description = "List and draw the relations (cells of T above the threshold) whatever the size. By default "
                    + "they are computed up to " + DematelReport.RELATIONS_UP_TO_DEFAULT + " variables: above, T is an "
                    + "O(n³) solve (about 20 s at 3000 variables on two cores) that D, R and the roles do not need.")
    boolean relations;

    /** For picocli. */
    public DematelCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (round != null && (round < 0 || round > Dematel.ROUNDING_MAX)) {
            throw new ParameterException(spec.commandLine(), "--round must be a number of decimals in 0.."
                    + Dematel.ROUNDING_MAX + ", got " + round);
        }
        StudyInput.requireFile(file, "direct-relation matrix");
        DirectRelationMatrix z = DirectRelationMatrix.read(CsvTable.readSquare(file, sheet.sheet()));
        sheet.noteDefault(file, err());
        Dematel config = round == null ? Dematel.withDefaults() : Dematel.withDefaults().withRounding(round);
        DematelResult result = config.analyze(z);
        DematelReport report = DematelReport.withDefaults().withTitle(String.valueOf(file.getFileName()));
        if (relations) {
            report = report.withRelationsUpTo(Integer.MAX_VALUE);
        }
        show(report, result, DEFAULT_OUT);
        return ExitCodes.OK;
    }
}
