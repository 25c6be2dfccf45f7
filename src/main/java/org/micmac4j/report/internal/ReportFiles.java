package org.micmac4j.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The files of a rendered report folder: stand-alone SVG documents, sub-folders. */
public final class ReportFiles {
    /** The declaration a stand-alone SVG file starts with (inline copies in HTML go without). */
    public static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private ReportFiles() {
    }

    /**
     * @param svgs file name to SVG markup
     * @return a modifiable copy with each document preceded by the XML declaration
     */
    public static Map<String, String> withDeclarations(Map<String, String> svgs) {
        Map<String, String> files = new LinkedHashMap<>();
        svgs.forEach((name, svg) -> files.put(name, XML_DECLARATION + svg));
        return files;
    }

    /**
     * @param folder a sub-folder name
     * @param files file name to content
     * @return the same files inside the sub-folder ({@code folder/name}), in order
     */
    public static Map<String, String> inFolder(String folder, Map<String, String> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, content) -> out.put(folder + "/" + name, content));
        return out;
    }

    /**
     * @param files a rendered folder whose last file is its page
     * @param more files to add (CSV tables), each before the page
     * @return {@code files}, with them inserted before the page, so that the page stays last
     */
    public static Map<String, String> beforePage(Map<String, String> files, Map<String, String> more) {
        Map<String, String> out = new LinkedHashMap<>(files);
        String page = null;
        for (String name : files.keySet()) {
            page = name;
        }
        String content = out.remove(page);
        out.putAll(more);
        out.put(page, content);
        return out;
    }
}
