package org.micmac4j.experts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.Variable;
import org.micmac4j.internal.CellNumbers;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvRecords;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.Header;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.TableRows;
import org.micmac4j.io.VariablesCsv;
import org.micmac4j.io.XlsxTables;

/**
 * Reads a panel of expert grids: the one entry point {@link #read(Path, Path, Path, Scale)} finds
 * what a study team has (a folder, a workbook or a long file, with the folder's variables and
 * weights files); the other methods read one layout.
 *
 * <ul>
 *   <li>{@link #readFolder}: a folder of matrix CSV files, one per expert, the file name (without
 *       {@code .csv}, in any case) being the expert's name. Each file is a labelled matrix like
 *       {@link MatrixCsv}'s; its rows and columns are matched to the variables by id, not by
 *       position, and may be any subset of them (a partial grid). A blank cell is "no opinion",
 *       not 0. The files {@value #WEIGHTS_FILE} and {@value #VARIABLES_FILE} (in any case) and
 *       hidden files (whose name starts with a dot) are not grids; two files whose names differ
 *       only by case ({@code economist.csv}, {@code economist.CSV}) are refused, naming both.</li>
 *   <li>{@link #readLong}: one CSV with the header {@code expert,from,to,score} (any order and
 *       case), one opinion per line; a blank score is no opinion.</li>
 *   <li>{@link #readWorkbook}: an Excel workbook with one sheet per expert (the sheet name is the
 *       expert), each sheet laid out like a grid file (ids in row 1 from B1 and in column A); read
 *       by {@link XlsxTables}, which needs Apache POI (optional, bundled in the command-line
 *       jar). Sheets named {@code experts} or {@code variables} are not grids. Messages name the
 *       sheet and the cell.</li>
 *   <li>{@link #readWeights}: {@code expert,weight}.</li>
 * </ul>
 * Every text file is read by {@link CsvRecords} (one dialect: comma, semicolon or tab, UTF-8, BOM,
 * {@code #} comments). Every error names the file, line, row and column or expert; nothing is
 * silently dropped (a repeated opinion, an unknown id, a score off the scale, an expert who scored
 * nothing, two experts whose names differ only by case).
 */
public final class PanelCsv {
    /** The weights file that {@link #readFolder} skips and {@link #read} uses. */
    public static final String WEIGHTS_FILE = "experts.csv";
    /** The variables file that {@link #readFolder} skips and {@link #read} uses. */
    public static final String VARIABLES_FILE = "variables.csv";

    /** The most warnings {@link #read} lists one by one; more are counted in one last line. */
    static final int WARNINGS_MAX = 5;

    private PanelCsv() {
    }

    /**
     * Reads a panel from a folder of grids, a workbook with one sheet per expert, or a long CSV,
     * told apart by what {@code input} is (a folder; a {@code .xlsx}, {@code .xlsm} or {@code .xls}
     * file; any other file). The variables are those of {@code variablesFile}, else of the
     * folder's {@value #VARIABLES_FILE}, else the ids in order of first appearance; the weights
     * those of {@code weightsFile}, else of the folder's {@value #WEIGHTS_FILE}, else 1.
     *
     * <p>When the variables come from the grids, an id that only one expert uses (of two or more)
     * is reported in {@link PanelInput#warnings()}: a typo in one header adds a variable.
     *
     * @param input the folder, workbook or long CSV
     * @param variablesFile a variables file, or null for the default
     * @param weightsFile a weights file, or null for the default
     * @param scale the scale of the scores
     * @return the panel and what was read
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException naming the file (sheet, line, cell) at fault
     */
    public static PanelInput read(Path input, Path variablesFile, Path weightsFile, Scale scale) throws IOException {
        boolean folder = Files.isDirectory(input);
        Messages.require(folder || Files.isRegularFile(input), "%s: no such file or folder", input);
        Path vars = variablesFile;
        Path weights = weightsFile;
        if (folder) {
            vars = vars != null ? vars : special(input, VARIABLES_FILE);
            weights = weights != null ? weights : special(input, WEIGHTS_FILE);
        }
        List<Variable> variables = vars == null ? null : VariablesCsv.read(vars);
        Map<String, CsvTable> grids = folder ? folderGrids(input) : XlsxTables.isWorkbook(input)
                ? workbookGrids(input) : null;
        List<String> warnings = new ArrayList<>();
        Panel panel;
        if (grids != null) {
            panel = fromGrids(grids, variables, scale);
            if (variables == null) {
                lonelyIds(gridIds(grids), warnings);
            }
        } else {
            LongRows rows = longRows(input);
            panel = fromLong(rows, variables, scale);
            if (variables == null) {
                lonelyIds(rows.ids(), warnings);
            }
        }
        if (weights != null) {
            panel = readWeights(weights, panel);
        }
        return new PanelInput(panel, input, vars, weights, warnings);
    }

    /**
     * Reads a folder of expert grids.
     *
     * @param folder the folder
     * @param variables the variables, or null to take the ids in order of first appearance
     *     (files by name, rows then columns)
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when a file cannot be read
     */
    public static Panel readFolder(Path folder, List<Variable> variables, Scale scale) throws IOException {
        return fromGrids(folderGrids(folder), variables, scale);
    }

    /**
     * Reads a workbook with one sheet per expert (sheet name = expert). Sheets named
     * {@code experts} or {@code variables} are not grids.
     *
     * @param file the workbook (.xlsx, .xlsm, .xls)
     * @param variables the variables, or null to take the ids in order of first appearance
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when the file cannot be read
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    public static Panel readWorkbook(Path file, List<Variable> variables, Scale scale) throws IOException {
        return fromGrids(workbookGrids(file), variables, scale);
    }

    /**
     * Reads a long CSV {@code expert,from,to,score} (header names in any case and order; other
     * columns ignored).
     *
     * @param file the file
     * @param variables the variables, or null to take the ids in order of first appearance
     * @param scale the scale of the scores
     * @return the panel (weights 1)
     * @throws IOException when the file cannot be read
     */
    public static Panel readLong(Path file, List<Variable> variables, Scale scale) throws IOException {
        return fromLong(longRows(file), variables, scale);
    }

    /**
     * The grid files of a folder, by expert name, in name order.
     *
     * @throws InvalidInputException when it is not a folder, holds no grid, or two grid names
     *     differ only by case
     */
    private static Map<String, CsvTable> folderGrids(Path folder) throws IOException {
        Messages.require(Files.isDirectory(folder), "%s: not a folder", folder);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> isGridName(p.getFileName().toString())).sorted().toList();
        }
        Messages.require(!files.isEmpty(), "%s: no expert grid (*.csv) in the folder", folder);
        Map<String, Path> byKey = new HashMap<>();
        for (Path f : files) {
            String key = expertName(f).toLowerCase(Locale.ROOT);
            Path before = byKey.putIfAbsent(key, f);
            if (before != null) {
                throw Messages.invalid("%s: %s and %s would be two experts named '%s' (names are compared "
                        + "ignoring case): keep one", folder, before.getFileName(), f.getFileName(),
                        Messages.token(expertName(f)));
            }
        }
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Path f : files) {
            Messages.require(Files.isRegularFile(f), "%s: not a file", f);
            tables.put(expertName(f), CsvTable.read(f));
        }
        return tables;
    }

    private static boolean isGridName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") && !n.startsWith(".") && !n.equals(WEIGHTS_FILE) && !n.equals(VARIABLES_FILE);
    }

    private static String expertName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }

    /** The folder's file of that name in any case, or null; two such files are refused. */
    private static Path special(Path folder, String name) throws IOException {
        List<Path> found;
        try (Stream<Path> s = Files.list(folder)) {
            found = s.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).sorted().toList();
        }
        Messages.require(found.size() <= 1, "%s: %s and %s: which one is the %s file? keep one", folder,
                found.isEmpty() ? "" : found.get(0).getFileName(), found.isEmpty() ? "" : found.get(found.size() - 1)
                        .getFileName(), name.equals(WEIGHTS_FILE) ? "weights" : "variables");
        return found.isEmpty() || !Files.isRegularFile(found.get(0)) ? null : found.get(0);
    }

    private static Map<String, CsvTable> workbookGrids(Path file) throws IOException {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Map.Entry<String, CsvTable> e : XlsxTables.readAll(file).entrySet()) {
            String name = e.getKey().strip();
            if (!name.equalsIgnoreCase("experts") && !name.equalsIgnoreCase("variables")) {
                tables.put(name, e.getValue());
            }
        }
        Messages.require(!tables.isEmpty(), "%s: no expert sheet in the workbook", file);
        return tables;
    }

    /** One panel from the experts' grids (expert name to table), matched by id. */
    private static Panel fromGrids(Map<String, CsvTable> tables, List<Variable> variables, Scale scale) {
        List<Variable> vars = variables != null ? variables
                : gridIds(tables).keySet().stream().map(Variable::of).toList();
        Panel.Builder b = Panel.builder(vars).scale(scale);
        Map<String, Integer> index = index(vars);
        for (Map.Entry<String, CsvTable> e : tables.entrySet()) {
            readGrid(b, e.getKey(), e.getValue(), index, scale);
        }
        return b.build();
    }

    /** Each id, in order of first appearance, with where each expert that uses it first does. */
    private static Map<String, Map<String, String>> gridIds(Map<String, CsvTable> tables) {
        Map<String, Map<String, String>> ids = new LinkedHashMap<>();
        for (CsvTable t : tables.values()) { // the order: files by name, rows then columns
            t.rowLabels().forEach(id -> ids.computeIfAbsent(id, k -> new LinkedHashMap<>()));
            t.columnLabels().forEach(id -> ids.computeIfAbsent(id, k -> new LinkedHashMap<>()));
        }
        for (Map.Entry<String, CsvTable> e : tables.entrySet()) { // the place: the header first
            CsvTable t = e.getValue();
            for (String id : t.columnLabels()) {
                ids.get(id).putIfAbsent(e.getKey(), headerWhere(t));
            }
            for (int r = 0; r < t.rows(); r++) {
                ids.get(t.rowLabels().get(r)).putIfAbsent(e.getKey(), t.rowWhere(r));
            }
        }
        return ids;
    }

    /** Warns of the ids only one expert of several uses: likely typos when the ids make the variables. */
    private static void lonelyIds(Map<String, Map<String, String>> ids, List<String> warnings) {
        Set<String> experts = new LinkedHashSet<>();
        ids.values().forEach(m -> experts.addAll(m.keySet()));
        if (experts.size() < 2) {
            return;
        }
        List<String> lonely = new ArrayList<>();
        ids.forEach((id, users) -> {
            if (users.size() == 1) {
                Map.Entry<String, String> u = users.entrySet().iterator().next();
                lonely.add(String.format("%s: variable id '%s' is used by expert %s only: if it is a typo, correct "
                        + "it, or list the variables (a variables file) so that an unknown id is refused", u.getValue(),
                        Messages.token(id), Messages.token(u.getKey())));
            }
        });
        warnings.addAll(lonely.subList(0, Math.min(lonely.size(), WARNINGS_MAX)));
        if (lonely.size() > WARNINGS_MAX) {
            warnings.add(String.format("and %d more variable ids used by one expert only",
                    lonely.size() - WARNINGS_MAX));
        }
    }

    private static Map<String, Integer> index(List<Variable> vars) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            index.put(vars.get(i).id(), i);
        }
        return index;
    }

    private static void readGrid(Panel.Builder b, String expert, CsvTable t, Map<String, Integer> index, Scale scale) {
        b.expert(expert);
        int[] cols = ids(t.columnLabels(), index, t, false); // the header first, as in the file
        int[] rows = ids(t.rowLabels(), index, t, true);
        boolean any = false;
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                String token = t.cell(r, c);
                if (token.isEmpty()) {
                    continue;
                }
                if (rows[r] == cols[c]) {
                    Messages.require(token.equals("0"), "%s: the diagonal must be blank or 0, got %s",
                            where(expert, t, r, c), Messages.token(token));
                    continue;
                }
                if (token.equalsIgnoreCase("P")) {
                    Messages.require(scale.allowsPotential(), "%s: P (potential), but the scale %s has no P",
                            where(expert, t, r, c), scale);
                    b.potential(expert, rows[r], cols[c]);
                    any = true;
                    continue;
                }
                double v;
                try {
                    v = MatrixCsv.number(t, r, c);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("expert " + expert + ", " + e.getMessage(), e);
                }
                if (!scale.accepts(v)) {
                    throw Messages.invalid("%s: %s", where(expert, t, r, c), scale.whyRefused(v));
                }
                b.set(expert, rows[r], cols[c], v);
                any = true;
            }
        }
        Messages.require(any, "%s: expert %s scored nothing (every cell off the diagonal is blank)", t.source(),
                expert);
    }

    private static String where(String expert, CsvTable t, int r, int c) {
        return "expert " + expert + ", " + t.where(r, c);
    }

    private static int[] ids(List<String> labels, Map<String, Integer> index, CsvTable t, boolean rows) {
        int[] out = new int[labels.size()];
        for (int k = 0; k < out.length; k++) {
            Integer i = index.get(labels.get(k));
            if (i == null) {
                throw Messages.invalid("%s: unknown variable id '%s' (%s label)", rows ? t.rowWhere(k) : headerWhere(t),
                        Messages.token(labels.get(k)), rows ? "row" : "column");
            }
            out[k] = i;
        }
        return out;
    }

    /** The header's place: the line (sheet row) before the first data row's, or 1. */
    private static String headerWhere(CsvTable t) {
        int line = t.rows() == 0 ? 1 : Math.max(1, t.line(0) - 1);
        return String.format(Locale.ROOT, "%s %s %d", t.source(), t.sheet() != null ? "row" : "line", line);
    }

    /** The records of a long file: (expert, from, to, score) with their lines. */
    private record LongRows(String source, boolean decimalComma, List<String[]> rows, List<Integer> lines) {
        /** Each id with where each expert that uses it first does. */
        Map<String, Map<String, String>> ids() {
            Map<String, Map<String, String>> ids = new LinkedHashMap<>();
            for (int k = 0; k < rows.size(); k++) {
                String[] row = rows.get(k);
                String at = source + " line " + lines.get(k);
                for (int c = 1; c <= 2; c++) {
                    if (!row[c].isEmpty()) {
                        ids.computeIfAbsent(row[c], x -> new LinkedHashMap<>()).putIfAbsent(row[0], at);
                    }
                }
            }
            return ids;
        }
    }

    private static LongRows longRows(Path file) throws IOException {
        CsvRecords records = CsvRecords.read(file);
        Header head = Header.read(records, "expert,from,to,score");
        int expert = head.column("expert");
        int from = head.column("from");
        int to = head.column("to");
        int score = head.column("score");
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (TableRows.Row r; (r = records.next()) != null;) {
            records.requireWidth(r, head.width());
            rows.add(new String[] {r.get(expert), r.get(from), r.get(to), r.get(score)});
            lines.add(r.line());
        }
        return new LongRows(records.source(), records.delimiter() != ',', rows, lines);
    }

    private static Panel fromLong(LongRows in, List<Variable> variables, Scale scale) {
        String source = in.source();
        List<Variable> vars = variables != null ? variables
                : in.ids().keySet().stream().map(Variable::of).toList();
        Messages.require(!vars.isEmpty(), "%s: no opinion listed", source);
        Map<String, Integer> index = index(vars);
        Panel.Builder b = Panel.builder(vars).scale(scale);
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> spelled = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> scored = new LinkedHashSet<>();
        for (int k = 0; k < in.rows().size(); k++) {
            String[] row = in.rows().get(k);
            int line = in.lines().get(k);
            String where = String.format(Locale.ROOT, "%s line %d", source, line);
            String name = row[0];
            Messages.require(!name.isEmpty(), "%s: blank expert", where);
            String before = spelled.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (before != null && !before.equals(name)) {
                throw Messages.invalid("%s: expert '%s' differs from '%s' (line %d) only by case: write one name",
                        where, Messages.token(name), Messages.token(before), firstLine.get(before));
            }
            firstLine.putIfAbsent(name, line);
            String expert = Messages.token(name);
            b.expert(name);
            Integer i = index.get(row[1]);
            Integer j = index.get(row[2]);
            Messages.require(i != null, "%s (expert %s): unknown variable id '%s' in column from", where, expert,
                    Messages.token(row[1]));
            Messages.require(j != null, "%s (expert %s): unknown variable id '%s' in column to", where, expert,
                    Messages.token(row[2]));
            Integer previous = seen.put(name + "\u0000" + row[1] + "\u0000" + row[2], line);
            Messages.require(previous == null, "%s (expert %s): the cell %s -> %s is scored again (first on line %d)",
                    where, expert, row[1], row[2], previous);
            String token = row[3];
            if (token.isEmpty()) {
                continue;
            }
            if (i.equals(j)) {
                Messages.require(token.equals("0"), "%s (expert %s): the diagonal %s -> %s must be blank or 0", where,
                        expert, row[1], row[2]);
                continue;
            }
            scored.add(name);
            if (token.equalsIgnoreCase("P")) {
                Messages.require(scale.allowsPotential(), "%s (expert %s): P, but the scale %s has no P", where, expert,
                        scale);
                b.potential(name, i, j);
                continue;
            }
            double v = CellNumbers.tryParse(token, in.decimalComma());
            Messages.require(!Double.isNaN(v), "%s (expert %s): score '%s' is not a number, P or blank", where, expert,
                    Messages.token(token));
            if (!scale.accepts(v)) {
                throw Messages.invalid("%s (expert %s): %s", where, expert, scale.whyRefused(v));
            }
            b.set(name, i, j, v);
        }
        for (String e : b.experts()) {
            Messages.require(scored.contains(e),
                    "%s line %d: expert %s scored nothing (every score off the diagonal is blank)", source,
                    firstLine.get(e), Messages.token(e));
        }
        return b.build();
    }

    /**
     * Reads weights {@code expert,weight} and applies them to a panel.
     *
     * @param file the file
     * @param panel the panel (its experts must all be listed)
     * @return the panel with the weights
     * @throws IOException when the file cannot be read
     */
    public static Panel readWeights(Path file, Panel panel) throws IOException {
        CsvRecords records = CsvRecords.read(file);
        String source = records.source();
        Header head = Header.read(records, "expert,weight");
        int e = head.column("expert");
        int w = head.column("weight");
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (TableRows.Row r; (r = records.next()) != null;) {
            int line = r.line();
            records.requireWidth(r, head.width());
            String expert = r.get(e);
            Messages.require(panel.experts().contains(expert), "%s line %d: unknown expert '%s' (experts: %s)", source,
                    line, Messages.token(expert), String.join(", ", panel.experts()));
            String text = r.get(w);
            double weight = CellNumbers.tryParse(text, records.delimiter() != ',');
            Messages.require(!Double.isNaN(weight), "%s line %d, expert %s: weight '%s' is not a number", source, line,
                    expert, Messages.token(text));
            Messages.require(Double.isFinite(weight) && weight > 0, "%s line %d, expert %s: the weight must be > 0, "
                    + "got %s", source, line, expert, Messages.token(text));
            Integer before = lines.put(expert, line);
            Messages.require(before == null, "%s line %d: expert %s is listed twice (first on line %d)", source, line,
                    expert, before);
            weights.put(expert, weight);
        }
        for (String expert : panel.experts()) {
            Messages.require(weights.containsKey(expert), "%s: no weight for expert %s", source, expert);
        }
        return panel.withWeights(weights);
    }
}
