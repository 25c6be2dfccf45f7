package org.micmac4j.server.study;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.micmac4j.server.store.Rows.VariableRow;

/**
 * A study's answers in one round, as the analysis reads them: the variables and each expert's
 * grid of tokens ("0".."3", "P", null for no opinion), row-major n x n.
 *
 * @param variables the variables
 * @param experts the experts' grids
 */
public record Grids(List<VariableRow> variables, List<ExpertGrid> experts) {
    /**
     * One expert's grid.
     *
     * @param name the expert's name (a file name in the panel folder)
     * @param values n x n tokens, row-major; the diagonal is null
     * @param rationales n x n rationales or nulls
     */
    public record ExpertGrid(String name, String[] values, String[] rationales) {
        /** @return how many cells hold an opinion */
        public int opinions() {
            int k = 0;
            for (String v : values) {
                if (v != null) {
                    k++;
                }
            }
            return k;
        }
    }

    /** @return the number of variables */
    public int size() {
        return variables.size();
    }

    /**
     * The experts who gave at least one opinion, in the order {@code micmac experts} reads a panel
     * folder: by file name ({@code NAME.csv}), compared as bytes.
     *
     * @return the experts of the synthesis
     */
    public List<ExpertGrid> panelOrder() {
        return experts.stream().filter(e -> e.opinions() > 0).sorted(Comparator.comparing(e -> fileName(e.name()),
                Grids::compareBytes)).toList();
    }

    /**
     * @param expert an expert's name
     * @return the grid's file name in the panel folder
     */
    public static String fileName(String expert) {
        return expert + ".csv";
    }

    private static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
