package org.micmac4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.micmac4j.io.Sheet;
import org.micmac4j.io.XlsxTables;

import picocli.CommandLine.Option;

/**
 * {@code --sheet NAME|INDEX} (a picocli mixin): which sheet of an Excel input workbook to read.
 */
final class SheetOption {
    @Option(names = "--sheet", paramLabel = "NAME|INDEX",
            description = "Sheet of an .xlsx input: its name, or its 1-based position (hidden sheets count). Default: "
                    + "the first sheet that is not hidden.")
    String sheet;

    /** Creates the option unset (picocli fills it in). */
    public SheetOption() {
    }

    /** @return the selected sheet, {@link Sheet#FIRST} when the option was not given */
    public Sheet sheet() {
        return sheet == null ? Sheet.FIRST : Sheet.parse(sheet);
    }

    /**
     * Says on stderr which sheet was read, when the option was not given and the workbook has
     * several: the default may not be the sheet the user meant.
     *
     * @param file the input
     * @param err standard error
     * @throws IOException when the workbook cannot be read
     */
    void noteDefault(Path file, PrintWriter err) throws IOException {
        if (sheet != null || file == null || !XlsxTables.isWorkbook(file) || !XlsxTables.isAvailable()) {
            return;
        }
        List<String> names = XlsxTables.sheetNames(file);
        if (names.size() > 1) {
            err.println("micmac: note: " + file + " has " + names.size() + " sheets: read '"
                    + XlsxTables.defaultSheet(file) + "', the first visible one (--sheet NAME to read another)");
        }
    }
}
