package org.micmac4j.report.morph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.internal.ReportFiles;
import org.micmac4j.report.internal.render.HtmlPage;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * {@code morph-report.html}: the summary, the morphological box with the first consistent
 * configuration highlighted, the listed configurations and the survival of every value.
 */
final class MorphHtml {
    private MorphHtml() {
    }

    /**
     * @param title the page title
     * @param notes the notes shown at the top
     * @param result a morphological analysis
     * @return file name to content: {@code morphological-box.svg} and the page
     */
    static Map<String, String> of(String title, List<String> notes, MorphologicalResult result) {
        ScenarioSpace space = result.space();
        Scenario first = result.configurations().isEmpty() ? null : result.configurations().get(0).scenario();
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("morphological-box.svg", MorphFieldSvg.render(result, first, title + ": morphological box"));
        HtmlPage h = HtmlPage.open(title);
        notes.forEach(n -> h.raw("<div class=\"note\">").text(n).raw("</div>\n"));
        h.section("summary", "Summary").tableHead("quantity", "value");
        h.row("parameters", Integer.toString(space.descriptorCount()));
        h.row("values", Integer.toString(space.totalVariants()));
        h.row("configurations in the space", space.size().toString());
        h.row("consistent configurations", result.count().toString());
        h.row("listed", Integer.toString(result.configurations().size()));
        h.row("scale", result.field().scale().name().toLowerCase(java.util.Locale.ROOT));
        h.raw("</table>\n");
        h.section("box", "Morphological box");
        h.muted(first == null ? "No consistent configuration: every value is greyed."
                : "Highlighted: the first listed consistent configuration. Under each value: the number of consistent "
                        + "configurations that hold it; greyed and struck through: values that none holds.");
        h.figures(Map.of("morphological-box.svg", svgs.get("morphological-box.svg")));
        h.section("configurations", "Consistent configurations");
        int n = space.descriptorCount();
        String[] head = new String[n + 2];
        head[0] = "#";
        for (int p = 0; p < n; p++) {
            head[p + 1] = space.descriptor(p).id();
        }
        head[n + 1] = "score";
        h.raw("<div style=\"overflow-x:auto\">");
        h.tableHead(head);
        int k = 0;
        for (Configuration c : result.configurations()) {
            if (k == MorphReport.LISTED_MAX) {
                break;
            }
            h.raw("<tr>").num(Integer.toString(++k));
            space.variantIds(c.scenario()).forEach(id -> h.raw("<td class=\"selected\">").text(id).raw("</td>"));
            h.num(c.score().isPresent() ? Integer.toString(c.score().getAsInt()) : "").raw("</tr>\n");
        }
        h.raw("</table></div>\n");
        if (!result.isComplete()) {
            h.muted(result.configurations().size() + " of " + result.count() + " consistent configurations listed.");
        }
        h.section("survival", "Survival of each value");
        h.tableHead("parameter", "value", "consistent configurations");
        for (int p = 0; p < n; p++) {
            for (int v = 0; v < space.variantCount(p); v++) {
                int g = space.offset(p) + v;
                h.raw("<tr>").cell(space.descriptor(p).id()).cell(space.descriptor(p).variant(v).id());
                if (result.survival(g).signum() == 0) {
                    h.num("0", "mark");
                } else {
                    h.num(result.survival(g).toString());
                }
                h.raw("</tr>\n");
            }
        }
        h.raw("</table>\n");
        Map<String, String> files = ReportFiles.withDeclarations(svgs);
        files.put(MorphReport.PAGE, h.close());
        return files;
    }
}
