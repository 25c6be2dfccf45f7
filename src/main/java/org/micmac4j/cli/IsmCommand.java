package org.micmac4j.cli;

import java.nio.file.Path;

import org.micmac4j.ism.ClosureMode;
import org.micmac4j.ism.Ism;
import org.micmac4j.ism.IsmInput;
import org.micmac4j.ism.IsmResult;
import org.micmac4j.ism.LevelNumbering;
import org.micmac4j.ism.Partition;
import org.micmac4j.report.ism.IsmReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code micmac ism FILE.csv [--ssim] [--as-given] [--partition top-down|bottom-up]
 * [--levels-from sinks|sources]}: interpretive
 * structural modelling (docs/METHOD.md §7) of a 0/1 reachability matrix or, with {@code --ssim}, of a
 * V/A/X/O structural self-interaction matrix. Prints the variables table and the levels (or, with
 * {@code --json}, one JSON document) and writes the report folder.
 */
@Command(name = "ism", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Interpretive structural modelling: final reachability, driving and dependence power, "
            + "level partition, ISM-MICMAC clusters; writes a report folder (level diagram, ISM-MICMAC plane, "
            + "ism-report.html)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (file, matrix, option)",
            "130:stopped by Ctrl-C"})
final class IsmCommand extends ToolCommand {
    /** Default report folder. */
    public static final Path DEFAULT_OUT = Path.of("ism-report");

    @Parameters(paramLabel = "FILE.csv|xlsx",
            description = "Initial reachability matrix (header row of ids, one row per variable, cells 0 or 1; "
                    + "1* is read as 1), or with --ssim an SSIM (V, A, X, O above the diagonal).")
    Path file;

    @Mixin
    SheetOption sheet;

    @Option(names = "--ssim", description = "FILE is a structural self-interaction matrix (V/A/X/O).")
    boolean ssim;

    @Option(names = "--as-given", description = "FILE is a final reachability matrix: partition it as it is, "
            + "without closing it transitively (published matrices are sometimes not closed).")
    boolean asGiven;

    @Option(names = "--partition", paramLabel = "WAY", defaultValue = "top-down",
            converter = PartitionConverter.class,
            description = "top-down: each level is the set whose reachability set lies in its antecedent set, the "
                    + "sinks removed first (Warfield); bottom-up: the set whose antecedent set lies in its "
                    + "reachability set, the sources removed first. Default: ${DEFAULT-VALUE}.")
    Partition partition;

    @Option(names = "--levels-from", paramLabel = "END", defaultValue = "sinks",
            description = "Numbering only: level I is the sink end (top of the hierarchy, the usual ISM numbering) "
                    + "or the source end of the partition: ${COMPLETION-CANDIDATES}. With --partition bottom-up "
                    + "--levels-from sources, level I is the first set removed. Default: ${DEFAULT-VALUE}.")
    LevelsFrom levelsFrom;

    @Option(names = "--transitive-cells", description = "With --json, list the entries added by transitivity "
            + "(up to n² of them); without it the document gives only their number (transitiveCellCount).")
    boolean transitiveCells;

    /** Reads top-down and bottom-up. */
    static final class PartitionConverter implements ITypeConverter<Partition> {
        @Override
        public Partition convert(String value) {
            switch (value) {
                case "top-down":
                    return Partition.TOP_DOWN;
                case "bottom-up":
                    return Partition.BOTTOM_UP;
                default:
                    throw new TypeConversionException("expected top-down or bottom-up, got '" + value + "'");
            }
        }
    }

    /** The level numberings offered on the command line. */
    enum LevelsFrom {
        sinks(LevelNumbering.FROM_SINKS), sources(LevelNumbering.FROM_SOURCES);

        final LevelNumbering numbering;

        LevelsFrom(LevelNumbering numbering) {
            this.numbering = numbering;
        }
    }

    /** For picocli. */
    public IsmCommand() {
    }

    @Override
    protected int run() throws Exception {
        StudyInput.requireFile(file, ssim ? "SSIM" : "reachability matrix");
        IsmInput input = ssim ? IsmInput.readSsim(file, sheet.sheet())
                : IsmInput.readReachability(file, sheet.sheet());
        sheet.noteDefault(file, err());
        Ism config = Ism.withDefaults().withPartition(partition).withLevelNumbering(levelsFrom.numbering)
                .withClosure(asGiven ? ClosureMode.AS_GIVEN : ClosureMode.TRANSITIVE);
        IsmResult result = config.analyze(input);
        show(IsmReport.withDefaults().withTransitiveCellsListed(transitiveCells).withInputKind(input.kind())
                .withTitle(String.valueOf(file.getFileName())), result, DEFAULT_OUT);
        return ExitCodes.OK;
    }
}
