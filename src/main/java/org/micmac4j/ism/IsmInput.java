package org.micmac4j.ism;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Variable;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;

/**
 * The input of an ISM analysis: the variable ids in input order and the initial reachability
 * matrix (row i reaches column j), either converted from a structural self-interaction matrix
 * (SSIM) or given as a 0/1 matrix. Immutable; every factory copies what it is given, and every
 * accessor returns a copy.
 *
 * <p>The diagonal is always 1: a variable reaches itself, whatever the source says.
 *
 * <p>CSV layouts (read with {@link CsvTable}: comma, semicolon or tab; {@code #} comments):
 * <ul>
 *   <li>SSIM, upper triangle: header = ids 2..n, rows = ids 1..n-1, the cell of row i and
 *       column j &gt; i holds V (i reaches j), A (j reaches i), X (both) or O (neither), upper or
 *       lower case; cells on and below the diagonal are ignored (normally blank).
 *   <li>SSIM, full square: the same labels on rows and columns, in the same order; only the cells
 *       above the diagonal are read, the others are ignored.
 *   <li>Reachability: square, the same labels on rows and columns in the same order, cells 0, 1
 *       or {@code 1*} (a 1 that a publication marks as added by transitivity; it reads as 1 and
 *       the mark is kept, see {@link #markedCells()}).
 * </ul>
 */
public final class IsmInput {
    /** Where the initial reachability matrix came from. */
    public enum Kind {
        /** Converted from a V/A/X/O self-interaction matrix. */
        SSIM,
        /** Given as a 0/1 reachability matrix. */
        REACHABILITY
    }

    private final Kind kind;
    private final String source;
    private final List<String> ids;
    private final List<Variable> variables;
    private final boolean[][] matrix;
    private final boolean[][] marked;

    /** Takes ownership of the arrays; sets the diagonal. */
    IsmInput(Kind kind, String source, List<String> ids, boolean[][] matrix, boolean[][] marked) {
        this(kind, source, null, ids, matrix, marked);
    }

    /** With the variables themselves (names, groups), when the source has them. */
    private IsmInput(Kind kind, String source, List<Variable> variables, List<String> ids, boolean[][] matrix,
            boolean[][] marked) {
        this.kind = kind;
        this.source = source;
        this.ids = checkIds(ids, source);
        this.variables = variables != null ? List.copyOf(variables)
                : this.ids.stream().map(Variable::of).collect(java.util.stream.Collectors.toUnmodifiableList());
        for (int i = 0; i < matrix.length; i++) {
            matrix[i][i] = true;
        }
        this.matrix = matrix;
        this.marked = marked;
    }

    private static List<String> checkIds(List<String> ids, String source) {
        Objects.requireNonNull(ids, "ids");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Messages.require(id != null && !id.isBlank(), "%s: blank variable id at position %d", source, i + 1);
            Integer before = seen.put(id, i);
            Messages.require(before == null, "%s: duplicate variable id '%s' (positions %d and %d)", source,
                    Messages.token(id),
                    before == null ? 0 : before + 1, i + 1);
        }
        Messages.require(!ids.isEmpty(), "%s: no variable", source);
        return List.copyOf(ids);
    }

    /**
     * Reads an SSIM from a CSV file (upper triangle or full square, see the class comment).
     *
     * @param file the file, UTF-8
     * @return the input
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when the content is not an SSIM; the message names the file,
     *     line, row and column at fault
     */
    public static IsmInput readSsim(Path file) throws IOException {
        return SsimReader.read(CsvTable.readSquare(file, org.micmac4j.io.Sheet.FIRST));
    }

    /**
     * Reads an SSIM from a CSV file or a sheet of an Excel workbook ({@link org.micmac4j.io.XlsxTables}).
     *
     * @param file the CSV file or workbook
     * @param sheet the workbook's sheet (a CSV file has only the first)
     * @return the input
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when the content is not an SSIM; the message names the sheet and cell
     */
    public static IsmInput readSsim(Path file, org.micmac4j.io.Sheet sheet) throws IOException {
        return SsimReader.read(CsvTable.readSquare(file, sheet));
    }

    /**
     * Parses an SSIM held in a string (see {@link #readSsim(Path)}).
     *
     * @param text the CSV text
     * @param source a name for messages
     * @return the input
     */
    public static IsmInput parseSsim(String text, String source) {
        return SsimReader.read(CsvTable.parse(text, source));
    }

    /**
     * Reads a 0/1 reachability matrix from a CSV file (see the class comment).
     *
     * @param file the file, UTF-8
     * @return the input
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when the content is not a square 0/1 matrix with matching
     *     labels; the message names the file, line, row and column at fault
     */
    public static IsmInput readReachability(Path file) throws IOException {
        return ReachabilityReader.read(CsvTable.readSquare(file, org.micmac4j.io.Sheet.FIRST));
    }

    /**
     * Reads a 0/1 reachability matrix from a CSV file or a sheet of an Excel workbook.
     *
     * @param file the CSV file or workbook
     * @param sheet the workbook's sheet (a CSV file has only the first)
     * @return the input
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when the content is not a reachability matrix
     */
    public static IsmInput readReachability(Path file, org.micmac4j.io.Sheet sheet) throws IOException {
        return ReachabilityReader.read(CsvTable.readSquare(file, sheet));
    }

    /**
     * Parses a reachability matrix held in a string (see {@link #readReachability(Path)}).
     *
     * @param text the CSV text
     * @param source a name for messages
     * @return the input
     */
    public static IsmInput parseReachability(String text, String source) {
        return ReachabilityReader.read(CsvTable.parse(text, source));
    }

    /**
     * Builds the input from an SSIM held in memory.
     *
     * @param ids the variable ids, unique, in input order (copied)
     * @param ssim an n x n array; only the cells above the diagonal are read, each "V", "A", "X"
     *     or "O" (upper or lower case); the others are ignored and may be {@code null}
     * @return the input
     * @throws InvalidInputException on a missing row, a short row or an unknown symbol (the
     *     message names the cell)
     */
    public static IsmInput fromSsim(List<String> ids, String[][] ssim) {
        List<String> copy = checkIds(ids, "SSIM");
        int n = copy.size();
        Messages.require(ssim != null && ssim.length == n, "SSIM: %d rows for %d variables",
                ssim == null ? 0 : ssim.length, n);
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            Messages.require(ssim[i] != null && ssim[i].length == n, "SSIM: row %s (%d) does not have %d cells",
                    copy.get(i), i + 1, n);
            for (int j = i + 1; j < n; j++) {
                String token = ssim[i][j] == null ? "" : ssim[i][j].strip();
                SsimCode code = SsimCode.parse(token);
                if (code == null) {
                    throw Messages.invalid("SSIM %s: '%s' is not an SSIM symbol (expected V, A, X or O)",
                            Messages.cell(copy.get(i), i, copy.get(j), j), Messages.token(token));
                }
                code.apply(m, i, j);
            }
        }
        return new IsmInput(Kind.SSIM, "SSIM", copy, m, new boolean[n][n]);
    }

    /**
     * Builds the input from a 0/1 reachability matrix held in memory.
     *
     * @param ids the variable ids, unique, in input order (copied)
     * @param reachability n x n, row i reaches column j (copied; the diagonal is set to true in the
     *     copy)
     * @return the input
     * @throws InvalidInputException when the matrix is not n x n
     */
    public static IsmInput fromReachability(List<String> ids, boolean[][] reachability) {
        List<String> copy = checkIds(ids, "reachability matrix");
        int n = copy.size();
        Messages.require(reachability != null && reachability.length == n,
                "reachability matrix: %d rows for %d variables", reachability == null ? 0 : reachability.length, n);
        boolean[][] m = new boolean[n][];
        for (int i = 0; i < n; i++) {
            Messages.require(reachability[i] != null && reachability[i].length == n,
                    "reachability matrix: row %s (%d) does not have %d cells", copy.get(i), i + 1, n);
            m[i] = reachability[i].clone();
        }
        return new IsmInput(Kind.REACHABILITY, "reachability matrix", copy, m, new boolean[n][n]);
    }

    /**
     * The structure of an influence matrix as an ISM input: i reaches j when the weight of the cell
     * (i, j) is at least {@code minWeight} and positive (P cells weigh {@code potentialWeight}); the
     * diagonal is 1 as always. The variables keep their names and groups.
     *
     * <pre>{@code
     * IsmInput any = IsmInput.from(matrix, 0, 0);      // every link counts (weight > 0)
     * IsmInput strong = IsmInput.from(matrix, 0, 2);   // only links of weight 2 or more
     * }</pre>
     *
     * @param m the matrix, not modified
     * @param potentialWeight what a P cell weighs, finite and non-negative (0: P cells are no link)
     * @param minWeight the smallest weight that makes a link, finite and non-negative
     * @return the input, of kind {@link Kind#REACHABILITY}
     */
    public static IsmInput from(InfluenceMatrix m, double potentialWeight, double minWeight) {
        Messages.nonNegative(minWeight, "minWeight");
        int n = m.size();
        boolean[][] reach = new boolean[n][n];
        m.forEachLink(potentialWeight, (i, j, w) -> reach[i][j] |= w >= minWeight);
        List<String> ids = m.variables().stream().map(Variable::id).collect(java.util.stream.Collectors.toList());
        return new IsmInput(Kind.REACHABILITY, "influence matrix", m.variables(), ids, reach, new boolean[n][n]);
    }

    /** @return the variables in input order (unmodifiable): from a CSV file or ids, named by their ids */
    public List<Variable> variables() {
        return variables;
    }

    /** @return where the matrix came from */
    public Kind kind() {
        return kind;
    }

    /** @return the file name or other name used in messages */
    public String source() {
        return source;
    }

    /** @return the variable ids in input order (unmodifiable) */
    public List<String> ids() {
        return ids;
    }

    /** @return the number of variables */
    public int size() {
        return ids.size();
    }

    /** @return the initial reachability matrix, unit diagonal (a copy) */
    public boolean[][] initialReachability() {
        return copy(matrix);
    }

    /**
     * @return the cells that the input marks {@code 1*} (a copy; all false for an SSIM or a matrix
     *     without marks)
     */
    public boolean[][] markedCells() {
        return copy(marked);
    }

    /** @return the matrix itself, for this package (not a copy: do not modify) */
    boolean[][] matrix() {
        return matrix;
    }

    /** @return the marks themselves, for this package (not a copy: do not modify) */
    boolean[][] marks() {
        return marked;
    }

    static boolean[][] copy(boolean[][] a) {
        boolean[][] c = new boolean[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
