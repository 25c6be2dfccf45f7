package org.micmac4j.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.CellNumbers;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvRecords;
import org.micmac4j.io.Header;
import org.micmac4j.io.TableRows;

/**
 * Quantified variants: numbers attached to variants, so that every scenario carries the values of
 * its variants ("context scenarios" that feed a quantitative model: W. Weimer-Jehle, J. Buchgeister,
 * W. Hauser, H. Kosow, T. Naegler, W.-R. Poganietz, T. Pregger, S. Prehofer, A. von Recklinghausen,
 * J. Schippl, S. Vögele (2016), "Context scenarios and their usage for the construction of
 * socio-technical energy scenarios", <i>Energy</i> 111, 956–970).
 *
 * <p><b>Rules.</b> Each row {@code descriptor,variant,indicator,value,unit} gives the value of an
 * indicator when the descriptor takes that variant. An indicator belongs to one descriptor (the
 * variable it quantifies); a scenario's value of the indicator is the value of the variant it
 * takes for that descriptor. A variant without a row, or with a blank value, has no value: it is
 * reported blank ({@code null}, empty), <em>never as zero</em>. Every row of an indicator gives
 * the same unit (blank: none). Ids are checked against the space; a fault names the row's origin
 * (file and line).
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * Quantities q = Quantities.of(space, List.of(
 *         new Quantities.Entry("ECON", "E1", "GDP growth", 1.5, "%/yr", null),
 *         new Quantities.Entry("ECON", "E2", "GDP growth", 0.2, "%/yr", null)));
 * q.valuesOf(scenario);            // {"GDP growth": 1.5} (null when its variant has no value)
 * Quantities fromFile = Quantities.read(Path.of("quantities.csv"), space);
 * }</pre>
 */
public final class Quantities {
    /**
     * One row.
     *
     * @param descriptor the descriptor id
     * @param variant the variant id
     * @param indicator the indicator's name
     * @param value the value; null when blank
     * @param unit the unit; blank or null when none
     * @param origin where the row was written (e.g. {@code quantities.csv line 4}); null when built in code
     */
    public record Entry(String descriptor, String variant, String indicator, Double value, String unit,
            String origin) {
        /**
         * @param descriptor the descriptor id
         * @param variant the variant id
         * @param indicator the indicator's name
         * @param value the value, or null
         * @param unit the unit, or null
         * @param origin where the row was written, or null
         * @throws InvalidInputException when an id or the indicator is blank, or the value is not finite
         */
        public Entry {
            String where = origin == null ? "" : origin + ": ";
            Messages.require(descriptor != null && !descriptor.isBlank(), "%sblank descriptor id", where);
            Messages.require(variant != null && !variant.isBlank(), "%sblank variant id", where);
            Messages.require(indicator != null && !indicator.isBlank(), "%sblank indicator", where);
            Messages.require(value == null || Double.isFinite(value), "%s%s: value %s is not a finite number", where,
                    indicator, value);
            descriptor = descriptor.strip();
            variant = variant.strip();
            indicator = indicator.strip();
            unit = unit == null ? "" : unit.strip();
        }
    }

    private final ScenarioSpace space;
    private final List<String> indicators;
    private final Map<String, Integer> column;
    private final String[] units;
    /** per indicator: its descriptor */
    private final int[] owner;
    /** per indicator, per variant of its descriptor: the value, NaN when none */
    private final double[][] values;

    private Quantities(ScenarioSpace space, List<String> indicators, String[] units, int[] owner, double[][] values) {
        this.space = space;
        this.indicators = List.copyOf(indicators);
        this.column = new HashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            column.put(indicators.get(i), i);
        }
        this.units = units;
        this.owner = owner;
        this.values = values;
    }

    /**
     * @param space the scenario space the rows refer to
     * @param entries the rows
     * @return the quantities
     * @throws InvalidInputException naming the row's origin: an unknown descriptor or variant, an
     *         indicator given by two descriptors or with two units, a variant given twice for one
     *         indicator
     */
    public static Quantities of(ScenarioSpace space, List<Entry> entries) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(entries, "entries");
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Integer> owners = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<Entry> firstRow = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        List<double[]> vals = new ArrayList<>();
        for (Entry e : entries) {
            Objects.requireNonNull(e, "entry");
            String where = e.origin() == null ? "quantity " + e.indicator() : e.origin();
            int d;
            int v;
            try {
                d = space.indexOf(e.descriptor());
                v = space.descriptor(d).indexOf(e.variant());
            } catch (InvalidInputException x) {
                throw Messages.invalid("%s: %s", where, x.getMessage());
            }
            Integer i = index.get(e.indicator());
            if (i == null) {
                i = names.size();
                index.put(e.indicator(), i);
                names.add(e.indicator());
                owners.add(d);
                units.add(e.unit());
                firstRow.add(e);
                double[] row = new double[space.variantCount(d)];
                Arrays.fill(row, Double.NaN);
                vals.add(row);
            }
            Entry first = firstRow.get(i);
            Messages.require(owners.get(i) == d, "%s: indicator %s is already given by descriptor %s%s; an indicator "
                    + "belongs to one descriptor", where, e.indicator(), first.descriptor(), at(first));
            Messages.require(units.get(i).equals(e.unit()), "%s: indicator %s has unit '%s' here but '%s'%s", where,
                    e.indicator(), e.unit(), units.get(i), at(first));
            Entry before = seen.put(e.indicator() + "\u0000" + v, e);
            Messages.require(before == null, "%s: %s:%s is given twice for indicator %s%s", where, e.descriptor(),
                    e.variant(), e.indicator(), before == null ? "" : at(before));
            vals.get(i)[v] = e.value() == null ? Double.NaN : e.value();
        }
        int[] own = owners.stream().mapToInt(Integer::intValue).toArray();
        return new Quantities(space, names, units.toArray(String[]::new), own, vals.toArray(double[][]::new));
    }

    /**
     * Reads a file {@code descriptor,variant,indicator,value,unit} (columns found by name, any order
     * and case; {@code unit} may be left out; other columns ignored; {@code #} comment lines,
     * delimiter, UTF-8 and BOM as every reader, {@link CsvRecords}). A blank value is blank, not 0;
     * a decimal comma is read in a file not delimited by commas.
     *
     * <pre>
     * descriptor,variant,indicator,value,unit
     * ECON,E1,GDP growth,1.5,%/yr
     * ECON,E2,GDP growth,,%/yr          (no value for E2: blank)
     * </pre>
     *
     * @param file the file
     * @param space the space its ids refer to
     * @return the quantities
     * @throws IOException when it cannot be read
     * @throws InvalidInputException naming the file and line at fault (a missing column, a value that
     *     is not a number, an unknown id, and the faults of {@link #of})
     */
    public static Quantities read(Path file, ScenarioSpace space) throws IOException {
        return of(CsvRecords.read(file), space);
    }

    /**
     * @param text the content of a quantities file (see {@link #read})
     * @param source a name for messages
     * @param space the space its ids refer to
     * @return the quantities
     * @throws InvalidInputException naming the line at fault
     */
    public static Quantities parse(String text, String source, ScenarioSpace space) {
        return of(CsvRecords.parse(text, source), space);
    }

    private static Quantities of(TableRows rows, ScenarioSpace space) {
        Header head = Header.read(rows, "descriptor,variant,indicator,value,unit");
        int d = head.column("descriptor");
        int v = head.column("variant");
        int i = head.column("indicator");
        int x = head.column("value");
        int u = head.optionalColumn("unit");
        boolean decimalComma = rows.delimiter() != ',';
        List<Entry> entries = new ArrayList<>();
        for (TableRows.Row r; (r = rows.next()) != null;) {
            String where = rows.source() + " " + rows.lineWord() + " " + r.line();
            String text = r.get(x);
            Double value = null;
            if (!text.isEmpty()) {
                double parsed = CellNumbers.tryParse(text, decimalComma);
                Messages.require(!Double.isNaN(parsed), "%s: value '%s' of %s is not a number (leave it blank when "
                        + "there is none)", where, Messages.token(text), Messages.token(r.get(i)));
                value = parsed;
            }
            entries.add(new Entry(r.get(d), r.get(v), r.get(i), value, u < 0 ? "" : r.get(u), where));
        }
        Messages.require(!entries.isEmpty(), "%s: no quantity listed", rows.source());
        return of(space, entries);
    }

    private static String at(Entry e) {
        return e.origin() == null ? "" : " (" + e.origin() + ")";
    }

    /** @return the space */
    public ScenarioSpace space() {
        return space;
    }

    /** @return the indicators, in the order they first appear */
    public List<String> indicators() {
        return indicators;
    }

    /**
     * @param indicator an indicator
     * @return its unit ("" when none)
     * @throws InvalidInputException when there is no such indicator
     */
    public String unit(String indicator) {
        return units[index(indicator)];
    }

    /**
     * @param indicator an indicator
     * @return the id of the descriptor it belongs to
     * @throws InvalidInputException when there is no such indicator
     */
    public String descriptor(String indicator) {
        return space.descriptor(owner[index(indicator)]).id();
    }

    private int index(String indicator) {
        Integer i = column.get(indicator);
        if (i == null) {
            throw Messages.invalid("no indicator %s (indicators: %s)", indicator, String.join(", ", indicators));
        }
        return i;
    }

    /**
     * @param indicator an indicator
     * @param scenario a scenario of the space
     * @return its value in that scenario; empty when its variant has none
     * @throws InvalidInputException when there is no such indicator or the scenario does not fit
     */
    public OptionalDouble value(String indicator, Scenario scenario) {
        space.check(scenario);
        int i = index(indicator);
        double x = values[i][scenario.variant(owner[i])];
        return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
    }

    /**
     * @param scenario a scenario of the space
     * @return every indicator's value in indicator order; null when its variant has none (unmodifiable)
     * @throws InvalidInputException when the scenario does not fit the space
     */
    public Map<String, Double> valuesOf(Scenario scenario) {
        space.check(scenario);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            double x = values[i][scenario.variant(owner[i])];
            out.put(indicators.get(i), Double.isNaN(x) ? null : x);
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return true when no indicator is given */
    public boolean isEmpty() {
        return indicators.isEmpty();
    }
}
