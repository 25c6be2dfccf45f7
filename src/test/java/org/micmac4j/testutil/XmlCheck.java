package org.micmac4j.testutil;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.micmac4j.report.internal.render.Box;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses XML strictly (no DTD loading), queries elements and checks the labels of a picture. */
public final class XmlCheck {
    private XmlCheck() {
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Elements with a local name and, if not null, a class attribute value. */
    public static List<Element> elements(Document d, String localName, String cls) {
        NodeList nl = d.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (cls == null || cls.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * @param e a label of a plane
     * @return the box it occupies, as the plane drew it (monospace advance 0.61 em, as the plane
     *     frame assumes)
     */
    public static Box labelBox(Element e) {
        double fs = Double.parseDouble(e.getAttribute("font-size"));
        double x = Double.parseDouble(e.getAttribute("x")) - 1;
        double y = Double.parseDouble(e.getAttribute("y")) - fs * 0.98;
        // 0.05 px slack: coordinates are written with one decimal
        return new Box(x + 0.05, y + 0.05, e.getTextContent().length() * fs * 0.61 + 2 - 0.1, fs * 1.25 - 0.1);
    }

    /**
     * Every id is a label once, and no two labels overlap.
     *
     * @param d a picture
     * @param ids the ids, in order
     * @param what what the picture is, for messages
     */
    public static void assertLabelsOnceWithoutOverlap(Document d, List<String> ids, String what) {
        List<Element> labels = elements(d, "text", "label");
        List<String> texts = new ArrayList<>();
        labels.forEach(e -> texts.add(e.getTextContent()));
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(java.util.Comparator.comparingInt(ids::indexOf));
        org.junit.jupiter.api.Assertions.assertEquals(ids, sorted, what + ": every id labelled once");
        List<Box> boxes = new ArrayList<>();
        labels.forEach(e -> boxes.add(labelBox(e)));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                org.junit.jupiter.api.Assertions.assertFalse(boxes.get(i).overlaps(boxes.get(j)), what + ": labels "
                        + texts.get(i) + " and " + texts.get(j) + " overlap");
            }
        }
    }

    /**
     * Every file parses as XML; an SVG file starts with the XML declaration.
     *
     * @param files written files of a report (HTML and SVG)
     * @throws Exception when one does not parse or cannot be read
     */
    public static void assertEachParses(List<java.nio.file.Path> files) throws Exception {
        for (java.nio.file.Path f : files) {
            String text = java.nio.file.Files.readString(f);
            parse(text);
            if (f.toString().endsWith(".svg")) {
                org.junit.jupiter.api.Assertions.assertTrue(text.startsWith(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), f.toString());
            }
        }
    }
}
