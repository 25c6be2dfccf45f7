package org.micmac4j.report.internal.render;

import java.util.Map;

/**
 * The markup builder of every HTML report (MICMAC, ISM, DEMATEL): one self-contained page (inline
 * CSS, pictures inline, no script, no external resource), written as well-formed
 * XHTML-compatible markup so that it can be checked by an XML parser. Text goes through
 * {@link Xml#escape}; one place for headings, table cells and figures.
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class HtmlPage {
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:24px auto;max-width:1320px;color:#222;\
            padding:0 16px;line-height:1.45}
            h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:36px;border-bottom:2px solid #dde3ea;\
            padding-bottom:4px}h3{font-size:16px;margin-top:22px}
            .note{background:#fff4d6;border-left:5px solid #e0a800;padding:10px 14px;margin:14px 0}
            table{border-collapse:collapse;margin:10px 0;font-size:13px}
            th,td{border:1px solid #d7dde4;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#eef2f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr:nth-child(even) td{background:#fafbfc}
            .INFLUENT{color:#b03a2e;font-weight:bold}.RELAY{color:#7d3c98;font-weight:bold}
            .DEPENDENT{color:#1f618d;font-weight:bold}.AUTONOMOUS{color:#6e7b85}
            .INDEPENDENT{color:#b03a2e;font-weight:bold}.LINKAGE{color:#7d3c98;font-weight:bold}
            .CAUSE{color:#b03a2e;font-weight:bold}.EFFECT{color:#1f618d;font-weight:bold}.NEUTRAL{color:#6e7b85}
            td.mark{background:#fde9c9 !important;font-weight:bold}td.selected{background:#e3f1e0 !important}\
            td.chosen{outline:2px solid #333;outline-offset:-2px}
            .up{color:#1e8449}.down{color:#b03a2e}
            figure{margin:18px 0;overflow-x:auto}figure svg{max-width:100%;height:auto;border:1px solid #e3e7eb}
            figcaption{color:#555;font-size:13px;margin-top:4px}
            .muted{color:#666;font-size:13px}
            .more{background:#eef5ff;border-left:4px solid #4a90d9;padding:6px 12px;font-size:13px}
            """;

    private final StringBuilder sb = new StringBuilder(200_000);

    private HtmlPage() {
    }

    /**
     * Starts a page: head with the title and the style sheet, then the title as {@code h1}.
     *
     * @param title the page title (escaped)
     * @return the page
     */
    public static HtmlPage open(String title) {
        HtmlPage h = new HtmlPage();
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .raw("<title>").text(title).raw("</title><style>").raw(CSS)
                .raw("</style></head>\n<body>\n");
        return h.tag("h1", title);
    }

    /** @return the finished page */
    public String close() {
        return raw("</body></html>\n").toString();
    }

    /**
     * @param s markup, written as is
     * @return this
     */
    public HtmlPage raw(String s) {
        sb.append(s);
        return this;
    }

    /**
     * @param s text, escaped
     * @return this
     */
    public HtmlPage text(String s) {
        Xml.appendEscaped(sb, s);
        return this;
    }

    /**
     * @param tag an element name, e.g. {@code h3}
     * @param text its text, escaped
     * @return this
     */
    public HtmlPage tag(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">\n");
    }

    /**
     * @param text a paragraph in the muted style, escaped
     * @return this
     */
    public HtmlPage muted(String text) {
        return raw("<p class=\"muted\">").text(text).raw("</p>\n");
    }

    /**
     * A section heading with an anchor, so that report.html#pictures etc. can be linked.
     *
     * @param id the anchor
     * @param text the heading, escaped
     * @return this
     */
    public HtmlPage section(String id, String text) {
        return raw("<h2 id=\"" + id + "\">").text(text).raw("</h2>\n");
    }

    /**
     * A table header row; closes nothing (end the table with {@code raw("</table>\n")}).
     *
     * @param headers the column headers, escaped
     * @return this
     */
    public HtmlPage tableHead(String... headers) {
        raw("<table><tr>");
        for (String h : headers) {
            raw("<th>").text(h).raw("</th>");
        }
        return raw("</tr>\n");
    }

    /**
     * @param text a table cell's text, escaped
     * @return this
     */
    public HtmlPage cell(String text) {
        return raw("<td>").text(text).raw("</td>");
    }

    /**
     * @param text a numeric table cell's text (right-aligned), escaped
     * @return this
     */
    public HtmlPage num(String text) {
        return raw("<td class=\"n\">").text(text).raw("</td>");
    }

    /**
     * @param name a cell styled by a class name that is also its text (sectors, clusters, roles)
     * @return this
     */
    public HtmlPage sector(String name) {
        return raw("<td class=\"" + name + "\">").text(name).raw("</td>");
    }

    /**
     * @param text a numeric cell's text, escaped
     * @param cls an extra class, e.g. {@code mark}
     * @return this
     */
    public HtmlPage num(String text, String cls) {
        return raw("<td class=\"n " + cls + "\">").text(text).raw("</td>");
    }

    /**
     * @param s a rank shift, shown signed and coloured (up green, down red)
     * @return this
     */
    public HtmlPage shift(int s) {
        return raw("<td class=\"n " + (s > 0 ? "up" : s < 0 ? "down" : "") + "\">")
                .text(Numbers.signed(s)).raw("</td>");
    }

    /**
     * @param label a measure
     * @param value its value
     * @return this, after a two-cell row
     */
    public HtmlPage row(String label, String value) {
        return raw("<tr>").cell(label).num(value).raw("</tr>\n");
    }

    /**
     * The pictures inline, each captioned by its file name.
     *
     * @param pictures file name to SVG markup (without XML declaration), in display order
     * @return this
     */
    public HtmlPage figures(Map<String, String> pictures) {
        pictures.forEach((file, svg) -> raw("<figure>").raw(svg).raw("<figcaption>").text(file)
                .raw("</figcaption></figure>\n"));
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
