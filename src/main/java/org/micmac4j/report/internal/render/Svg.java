package org.micmac4j.report.internal.render;

/**
 * A small SVG document builder: every picture goes through it so that escaping and number
 * formatting live in one place. Attribute strings passed in are written as given (they are built
 * from constants and numbers); text content and titles are escaped.
 *
 * <pre>{@code
 * Svg svg = new Svg(400, 300, "A picture", 13);
 * svg.circle(20, 20, 5, "fill=\"#4e79a7\"", "tooltip");
 * String markup = svg.end();
 * }</pre>
 *
 * <p>Internal to the reports: not part of the library's API.
 */
public final class Svg {
    private final StringBuilder sb = new StringBuilder(16_384);

    /**
     * Opens a document.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param title an accessible title (escaped)
     * @param fontSize base font size in pixels
     */
    public Svg(double width, double height, String title, double fontSize) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        put(width).append("\" height=\"");
        put(height).append("\" viewBox=\"0 0 ");
        put(width).append(' ');
        put(height).append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"");
        put(fontSize).append("\">\n<title>");
        Xml.appendEscaped(sb, title).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /**
     * @param v a coordinate or length
     * @return it with one decimal, as every coordinate of every picture is written
     */
    public static String num(double v) {
        return Numbers.fixed(v, 1);
    }

    private StringBuilder put(double v) {
        return Numbers.appendFixed(sb, v, 1);
    }

    /**
     * @param markup markup written as is
     * @return this
     */
    public Svg raw(String markup) {
        sb.append(markup);
        return this;
    }

    /**
     * @param text text content, escaped
     * @return this
     */
    public Svg escaped(String text) {
        Xml.appendEscaped(sb, text);
        return this;
    }

    /**
     * A rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param attrs further attributes, written as given
     * @return this
     */
    public Svg rect(double x, double y, double w, double h, String attrs) {
        sb.append("<rect x=\"");
        put(x).append("\" y=\"");
        put(y).append("\" width=\"");
        put(w).append("\" height=\"");
        put(h).append("\" ").append(attrs).append("/>\n");
        return this;
    }

    /**
     * A straight line.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @param attrs further attributes, written as given
     * @return this
     */
    public Svg line(double x1, double y1, double x2, double y2, String attrs) {
        sb.append("<line x1=\"");
        put(x1).append("\" y1=\"");
        put(y1).append("\" x2=\"");
        put(x2).append("\" y2=\"");
        put(y2).append("\" ").append(attrs).append("/>\n");
        return this;
    }

    /**
     * A circle with a hover title.
     *
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @param attrs further attributes, written as given
     * @param tooltip shown on hover (escaped), or null
     * @return this
     */
    public Svg circle(double cx, double cy, double r, String attrs, String tooltip) {
        sb.append("<circle cx=\"");
        put(cx).append("\" cy=\"");
        put(cy).append("\" r=\"");
        put(r).append("\" ").append(attrs);
        if (tooltip == null) {
            sb.append("/>\n");
        } else {
            sb.append("><title>");
            Xml.appendEscaped(sb, tooltip).append("</title></circle>\n");
        }
        return this;
    }

    /**
     * A text.
     *
     * @param x anchor x
     * @param y baseline y
     * @param text the text (escaped)
     * @param attrs extra attributes, e.g. {@code text-anchor="middle"}
     * @return this
     */
    public Svg text(double x, double y, String text, String attrs) {
        sb.append("<text x=\"");
        put(x).append("\" y=\"");
        put(y).append("\" ").append(attrs).append('>');
        Xml.appendEscaped(sb, text).append("</text>\n");
        return this;
    }

    /**
     * An arrowhead for {@code marker-end="url(#id)"}, to be placed inside {@code <defs>}.
     *
     * @param id the marker id
     * @param colour its fill
     * @param size its width and height
     * @param userSpace whether the size is in user units (fixed) rather than stroke widths
     * @return the markup
     */
    public static String arrowMarker(String id, String colour, double size, boolean userSpace) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\""
                + num(size) + "\" markerHeight=\"" + num(size) + "\""
                + (userSpace ? " markerUnits=\"userSpaceOnUse\"" : "") + " orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker>";
    }

    /** @return the finished document (without an XML declaration, so that it can be inlined in HTML) */
    public String end() {
        return sb + "</svg>\n";
    }
}
