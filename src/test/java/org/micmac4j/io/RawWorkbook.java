package org.micmac4j.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An {@code .xlsx} file written part by part, as raw XML in a zip, so that a test can hold exactly
 * what a generator (openpyxl's {@code <v/>}, a hidden first sheet, a date style) or a damaged file
 * holds, which POI's own writer would not write.
 */
final class RawWorkbook {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final List<String[]> sheets = new ArrayList<>(); // name, state, xml of sheetData and after
    private final List<String> strings = new ArrayList<>();
    private String styles;

    /**
     * @param name the sheet's name
     * @param hidden whether it is hidden
     * @param body what goes inside {@code <worksheet>}: {@code <sheetData>...</sheetData>} and after
     * @return this
     */
    RawWorkbook sheet(String name, boolean hidden, String body) {
        sheets.add(new String[] {name, hidden ? "hidden" : "visible", body});
        return this;
    }

    /**
     * A sheet from rows of cell texts: numbers as numbers, others as inline strings, null skipped.
     *
     * @param name the sheet's name
     * @param rows the rows from A1
     * @return this
     */
    RawWorkbook table(String name, String[]... rows) {
        StringBuilder sb = new StringBuilder("<sheetData>");
        for (int r = 0; r < rows.length; r++) {
            sb.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                String v = rows[r][c];
                if (v == null) {
                    continue;
                }
                String ref = SheetRow.reference(r + 1, c);
                if (v.matches("-?\\d+(\\.\\d+)?")) {
                    sb.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                } else {
                    sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(v))
                            .append("</t></is></c>");
                }
            }
            sb.append("</row>");
        }
        return sheet(name, false, sb.append("</sheetData>").toString());
    }

    /**
     * @param s a shared string, referenced by its index in {@code t="s"} cells
     * @return this
     */
    RawWorkbook sharedString(String s) {
        strings.add(s);
        return this;
    }

    /**
     * @param xml the whole {@code styles.xml}
     * @return this
     */
    RawWorkbook styles(String xml) {
        this.styles = xml;
        return this;
    }

    /** Styles where style 1 shows numbers as dates ({@code yyyy-mm-dd}). */
    static String dateStyles() {
        return "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
                + "formatCode=\"yyyy-mm-dd\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/>"
                + "</fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** @return the parts, by zip entry name, in writing order */
    Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            String[] s = sheets.get(i);
            String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
            types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(escape(s[0])).append("\" sheetId=\"").append(i + 1)
                    .append("\" state=\"").append(s[1]).append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            parts.put(part, "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">" + s[2] + "</worksheet>");
        }
        int next = sheets.size() + 1;
        if (!strings.isEmpty()) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(next++).append("\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + strings.size()
                    + "\" uniqueCount=\"" + strings.size() + "\">");
            strings.forEach(x -> sst.append("<si><t>").append(escape(x)).append("</t></si>"));
            parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(next).append("\" Type=\"").append(REL)
                    .append("/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", styles);
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("[Content_Types].xml", types.append("</Types>").toString());
        out.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        out.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
        out.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        out.putAll(parts);
        return out;
    }

    /**
     * @param parts zip entries by name
     * @return the zip's bytes
     */
    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param file where to write
     * @return the file
     * @throws IOException when writing fails
     */
    Path write(Path file) throws IOException {
        return Files.write(file, zip(parts()));
    }
}
