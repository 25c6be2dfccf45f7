package org.micmac4j.experts;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A panel as {@link PanelCsv#read} found it: the panel, the files it came from and what the user
 * should know about them.
 *
 * @param panel the panel, with its weights
 * @param input the folder, workbook or long file read
 * @param variablesFile the variables file used (given, or found in the folder), or null when the
 *     variables are the ids in order of first appearance
 * @param weightsFile the weights file used, or null when every weight is 1
 * @param warnings one line each, naming the file: what was read but may not be what was meant
 *     (an id used by one expert only, when the ids make the variables)
 */
public record PanelInput(Panel panel, Path input, Path variablesFile, Path weightsFile, List<String> warnings) {
    /**
     * @param panel the panel
     * @param input the input
     * @param variablesFile the variables file, or null
     * @param weightsFile the weights file, or null
     * @param warnings the warnings, copied
     */
    public PanelInput {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(input, "input");
        warnings = List.copyOf(warnings);
    }
}
