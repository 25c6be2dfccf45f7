package org.micmac4j.cli;

import org.micmac4j.io.Sheet;

import picocli.CommandLine.Option;

/**
 * {@code --sheet NAME|INDEX} (a picocli mixin): which sheet of an Excel input workbook to read.
 */
final class SheetOption {
    @Option(names = "--sheet", paramLabel = "NAME|INDEX",
            description = "Sheet of an .xlsx input: its name, or its 1-based position. Default: the first sheet.")
    String sheet;

    /** Creates the option unset (picocli fills it in). */
    public SheetOption() {
    }

    /** @return the selected sheet, {@link Sheet#FIRST} when the option was not given */
    public Sheet sheet() {
        return sheet == null ? Sheet.FIRST : Sheet.parse(sheet);
    }
}
