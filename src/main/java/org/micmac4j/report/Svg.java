package org.micmac4j.report;

/**
 * A small SVG document builder: every picture goes through it so that escaping and number
 * formatting live in one place. Attribute strings passed in are written as given (they are built
 * from constants and numbers); text content and titles are escaped. Internal helper.
 */
final class Svg {
    private final StringBuilder sb = new StringBuilder(16_384);

    /**
     * Opens a document.
     *
     * @param width width in pixels
     * @param height height in pixels
     * @param title an accessible title (escaped)
     * @param fontSize base font size in pixels
     */
    Svg(double width, double height, String title, double fontSize) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Xml.num(width))
                .append("\" height=\"").append(Xml.num(height)).append("\" viewBox=\"0 0 ").append(Xml.num(width))
                .append(' ').append(Xml.num(height)).append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" "
                        + "font-size=\"").append(Xml.num(fontSize)).append("\">\n");
        sb.append("<title>").append(Xml.escape(title)).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /**
     * @param markup markup written as is
     * @return this
     */
    Svg raw(String markup) {
        sb.append(markup);
        return this;
    }

    Svg rect(double x, double y, double w, double h, String attrs) {
        sb.append("<rect x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y)).append("\" width=\"")
                .append(Xml.num(w)).append("\" height=\"").append(Xml.num(h)).append("\" ").append(attrs).append("/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String attrs) {
        sb.append("<line x1=\"").append(Xml.num(x1)).append("\" y1=\"").append(Xml.num(y1)).append("\" x2=\"")
                .append(Xml.num(x2)).append("\" y2=\"").append(Xml.num(y2)).append("\" ").append(attrs).append("/>\n");
        return this;
    }

    /**
     * A circle with a hover title.
     *
     * @param tooltip shown on hover (escaped), or null
     */
    Svg circle(double cx, double cy, double r, String attrs, String tooltip) {
        sb.append("<circle cx=\"").append(Xml.num(cx)).append("\" cy=\"").append(Xml.num(cy)).append("\" r=\"")
                .append(Xml.num(r)).append("\" ").append(attrs);
        if (tooltip == null) {
            sb.append("/>\n");
        } else {
            sb.append("><title>").append(Xml.escape(tooltip)).append("</title></circle>\n");
        }
        return this;
    }

    /**
     * @param text the text (escaped)
     * @param attrs extra attributes, e.g. {@code text-anchor="middle"}
     */
    Svg text(double x, double y, String text, String attrs) {
        sb.append("<text x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y)).append("\" ").append(attrs)
                .append('>').append(Xml.escape(text)).append("</text>\n");
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
    static String arrowMarker(String id, String colour, double size, boolean userSpace) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\""
                + Xml.num(size) + "\" markerHeight=\"" + Xml.num(size) + "\""
                + (userSpace ? " markerUnits=\"userSpaceOnUse\"" : "") + " orient=\"auto-start-reverse\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker>";
    }

    /** @return the finished document (without an XML declaration, so that it can be inlined in HTML) */
    String end() {
        return sb + "</svg>\n";
    }
}
