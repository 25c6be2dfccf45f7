package org.micmac4j.report.cib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.DiverseSelection;
import org.micmac4j.cib.KernelChange;
import org.micmac4j.cib.LeverageResult;
import org.micmac4j.cib.SuccessionRule;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.report.internal.render.TextTable;
import org.micmac4j.scenario.Blocks;
import org.micmac4j.scenario.Quantities;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The parts of a CIB report after the kernel (docs/METHOD.md §10.1 to §10.3), each once as a table
 * ({@link SheetTable}: a CSV file of the folder and a sheet of the workbook, every row) and drawn
 * from it for the terminal and the page (the first rows): the settings, what an intervention
 * gains and loses, the diverse selection, the scenario × indicator table, the leverage cells, and
 * the scenarios grouped by block. Scenarios are named by their number {@code #} in the solution
 * list ({@value CibReport#SOLUTIONS_CSV}).
 */
final class CibSections {
    /** The folder's files of these tables. */
    static final String INTERVENTION_CSV = "intervention.csv";
    static final String DIVERSE_CSV = "diverse.csv";
    static final String QUANTITIES_CSV = "quantities.csv";
    static final String LEVERAGE_CSV = "leverage.csv";
    static final String BLOCKS_CSV = "blocks.csv";

    private CibSections() {
    }

    /** One table with its file, title, explanation and how many leading columns are numbers. */
    private record Part(String file, String id, String title, String about, SheetTable table, int firstNumeric,
            int endNumeric) {
    }

    /**
     * The settings after the kernel, one line each (none when nothing was asked): intervention,
     * constraints, and the succession rule of the weights.
     */
    static List<String> settings(CibFindings f) {
        Cib c = f.result().config();
        List<String> out = new ArrayList<>();
        if (!c.intervention().isEmpty()) {
            List<String> held = new ArrayList<>();
            c.intervention().forEach((d, v) -> held.add(d + "=" + v));
            out.add("intervention: " + String.join(", ", held) + " held (their consistency is not tested)");
        }
        if (!c.constraints().isEmpty()) {
            int n = c.constraints().rules().size();
            out.add("feasibility constraints: " + n + " rule" + (n == 1 ? "" : "s") + " (" + String.join("; ",
                    c.constraints().rules().stream().map(Object::toString).limit(5).toList())
                    + (n > 5 ? "; ..." : "") + ")");
        }
        if (f.succession() != null) {
            SuccessionRule r = f.succession().config().rule();
            out.add("succession rule: " + r.id() + switch (r) {
                case GLOBAL -> " (every descriptor moves at once to its best variant)";
                case SEQUENTIAL -> " (one descriptor at a time in descriptor order, each judged after the moves "
                        + "before it)";
                case ADJACENT -> " (every descriptor moves one variant toward its best)";
            });
        }
        return out;
    }

    /** Every table of the findings, in report order. */
    private static List<Part> parts(CibFindings f) {
        List<Part> parts = new ArrayList<>();
        ScenarioSpace space = f.space();
        Map<Scenario, Integer> number = numbers(f);
        KernelChange change = f.interventionChange();
        if (change != null) {
            List<List<Object>> rows = new ArrayList<>();
            change.gained().forEach(z -> rows.add(withVariants(space, z, "gained", number.get(z))));
            change.lost().forEach(z -> rows.add(withVariants(space, z, "lost", null)));
            parts.add(new Part(INTERVENTION_CSV, "intervention", "Intervention against the free solution set",
                    change.gained().size() + " scenarios gained, " + change.lost().size() + " lost: the solution set "
                            + "with the held variants, their consistency not tested, against the free one (# its "
                            + "number in the solution list).",
                            new SheetTable("intervention", head(space, "change", "#"), rows, 2), 1, 2));
        }
        if (!f.diverse().isEmpty()) {
            List<List<Object>> rows = new ArrayList<>();
            int k = 0;
            for (DiverseSelection.Pick p : f.diverse()) {
                Scenario z = p.scenario().scenario();
                rows.add(withVariants(space, z, ++k, number.get(z), p.minDistance().isPresent()
                        ? p.minDistance().getAsInt() : null));
            }
            parts.add(new Part(DIVERSE_CSV, "diverse", "Diverse selection",
                    "Greedy max-min Hamming: the first scenario of the solution order, then each time the one whose "
                            + "smallest distance (descriptors that differ) to those taken is largest, ties in solution "
                            + "order; min distance: that distance.", new SheetTable("diverse",
                                    head(space, "pick", "#", "min_distance"), rows, 3), 0, 3));
        }
        Quantities q = f.quantities();
        if (q != null) {
            List<String> header = new ArrayList<>(List.of("#"));
            for (String i : q.indicators()) {
                header.add(q.unit(i).isEmpty() ? i : i + " [" + q.unit(i) + "]");
            }
            int lead = header.size();
            for (int d = 0; d < space.descriptorCount(); d++) {
                header.add(space.descriptor(d).id());
            }
            List<List<Object>> rows = new ArrayList<>();
            int k = 0;
            for (CibScenario s : f.result().scenarios()) {
                List<Object> row = new ArrayList<>();
                row.add(++k);
                row.addAll(q.valuesOf(s.scenario()).values());
                row.addAll(space.variantIds(s.scenario()));
                rows.add(row);
            }
            parts.add(new Part(QUANTITIES_CSV, "quantities", "Scenarios and indicators",
                    "Each scenario's indicator values: the value of the variant it takes for the indicator's "
                            + "descriptor; blank where that variant has none (never 0).",
                    new SheetTable("quantities", header, rows, 1), 0, lead));
        }
        LeverageResult lev = f.leverage();
        if (lev != null) {
            List<List<Object>> rows = new ArrayList<>();
            for (LeverageResult.Cell c : lev.cells()) {
                rows.add(SheetTable.row(space.label(c.from()), space.label(c.to()), c.value(), c.change(),
                        c.value() + c.change(), c.effect().gained().size(), c.effect().lost().size(),
                        scenarios(c.effect().gained()), scenarios(c.effect().lost())));
            }
            parts.add(new Part(LEVERAGE_CSV, "leverage", "Leverage cells",
                    lev.cells().size() + " cells whose smallest change within -" + lev.scale() + ".." + lev.scale()
                            + " alters the solution set, most fragile first (smallest change, decreases first); "
                            + "gained and lost: scenarios as variant numbers, 1-based.",
                    new SheetTable("leverage", List.of("from", "to", "value", "change", "new_value", "gained", "lost",
                            "gained_scenarios", "lost_scenarios"), rows, 2), 2, 7));
        }
        Blocks blocks = f.blocks();
        if (blocks != null) {
            List<String> header = new ArrayList<>();
            for (Blocks.Block b : blocks.blocks()) {
                header.add("block " + b.number());
            }
            header.addAll(List.of("scenarios", "#"));
            List<List<Object>> rows = new ArrayList<>();
            for (Blocks.Group g : blocks.group(f.result().scenarios().stream().map(CibScenario::scenario).toList())) {
                List<Object> row = new ArrayList<>(g.profile());
                row.add(g.scenarios().size());
                row.add(String.join(" ", g.scenarios().stream().map(z -> Integer.toString(number.get(z))).toList()));
                rows.add(row);
            }
            List<String> legend = blocks.blocks().stream().map(b -> "block " + b.number() + " " + b.name() + " ("
                    + String.join(", ", b.descriptors().stream().map(d -> space.descriptor(d).id()).toList()) + ")")
                    .toList();
            parts.add(new Part(BLOCKS_CSV, "blocks", "Scenarios by block",
                    "A block takes hypothesis Hk when every descriptor of the block takes its variant Hk, else it is "
                            + Blocks.MIXED + "; blocks: " + String.join("; ", legend) + ".",
                    new SheetTable("blocks", header, rows, header.size() - 2), header.size() - 2,
                    header.size() - 1));
        }
        return parts;
    }

    /** The CSV files of the folder: name to content. */
    static Map<String, String> csv(CibFindings f) {
        Map<String, String> out = new LinkedHashMap<>();
        parts(f).forEach(p -> out.put(p.file(), p.table().csv()));
        return out;
    }

    /** The sheets of the workbook. */
    static List<SheetTable> sheets(CibFindings f) {
        return parts(f).stream().map(Part::table).toList();
    }

    /** The terminal text: each table's title, explanation and first {@code listed} rows. */
    static String text(CibFindings f, int listed) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts(f)) {
            sb.append('\n').append(p.title()).append(": ").append(p.about()).append('\n');
            List<String[]> rows = new ArrayList<>();
            rows.add(p.table().header().toArray(String[]::new));
            p.table().rows().stream().limit(listed).forEach(r -> rows.add(cells(r)));
            if (!p.table().rows().isEmpty()) {
                sb.append(TextTable.render(rows, p.firstNumeric(), p.endNumeric()));
            }
            if (p.table().rows().size() > listed) {
                sb.append("... ").append(p.table().rows().size() - listed).append(" more (--json, --xlsx or the "
                        + "report's ").append(p.file()).append(" list them all)\n");
            }
        }
        return sb.toString();
    }

    /** The page's sections: each table's first {@code listed} rows, and where the rest is. */
    static void html(HtmlPage h, CibFindings f, int listed) {
        for (Part p : parts(f)) {
            h.section(p.id(), p.title());
            h.muted(p.about());
            if (p.table().rows().isEmpty()) {
                continue;
            }
            h.raw("<div style=\"overflow-x:auto\">");
            h.tableHead(p.table().header().toArray(String[]::new));
            for (List<Object> r : p.table().rows().subList(0, Math.min(listed, p.table().rows().size()))) {
                h.raw("<tr>");
                String[] cells = cells(r);
                for (int c = 0; c < cells.length; c++) {
                    if (c >= p.firstNumeric() && c < p.endNumeric()) {
                        h.num(cells[c]);
                    } else {
                        h.cell(cells[c]);
                    }
                }
                h.raw("</tr>\n");
            }
            h.raw("</table></div>\n");
            if (p.table().rows().size() > listed) {
                h.raw("<p class=\"more\">").text(String.format(Locale.ROOT, "The first %d of %d rows; ", listed,
                        p.table().rows().size())).raw("<a href=\"" + p.file() + "\">").text(p.file()).raw("</a>")
                        .text(" has them all.").raw("</p>\n");
            }
        }
    }

    /** The longest cell shown in the terminal and the page; the CSV and workbook hold it whole. */
    static final int CELL_SHOWN = 48;

    private static String[] cells(List<Object> r) {
        String[] out = new String[r.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = r.get(i);
            String text = o == null ? "" : o instanceof Double d ? number(d) : o.toString();
            if (text.length() > CELL_SHOWN) {
                int cut = text.lastIndexOf(' ', CELL_SHOWN - 2);
                text = text.substring(0, cut > 0 ? cut : CELL_SHOWN - 2) + " …";
            }
            out[i] = text;
        }
        return out;
    }

    /** A value as written in the input: no trailing ".0" for integers. */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static Map<Scenario, Integer> numbers(CibFindings f) {
        Map<Scenario, Integer> m = new HashMap<>();
        int k = 0;
        for (CibScenario s : f.result().scenarios()) {
            m.put(s.scenario(), ++k);
        }
        return m;
    }

    private static List<String> head(ScenarioSpace space, String... lead) {
        List<String> h = new ArrayList<>(List.of(lead));
        for (int d = 0; d < space.descriptorCount(); d++) {
            h.add(space.descriptor(d).id());
        }
        return h;
    }

    private static List<Object> withVariants(ScenarioSpace space, Scenario z, Object... lead) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(lead));
        row.addAll(space.variantIds(z));
        return row;
    }

    private static String scenarios(List<Scenario> zs) {
        return String.join(" ", zs.stream().map(Scenario::toString).toList());
    }
}
