package org.micmac4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * An Office Open XML workbook ({@code .xlsx}, {@code .xlsm}) opened for streaming: its sheet list
 * (names, hidden or not) from {@code workbook.xml}, and each sheet's rows pulled one at a time
 * from its XML ({@link XlsxSheetRows}), so that reading costs memory for one row, not for the
 * sheet, and a sheet that cannot be a table is refused as soon as that shows. Only this class and
 * {@link XlsxSheetRows} (besides {@link PoiSheets}) touch Apache POI.
 *
 * <p>Every fault of the package (not a zip, a missing part, damaged XML, POI's zip-bomb guard)
 * becomes an {@link InvalidInputException} of one line naming the file, never POI's wording.
 */
final class XlsxPackage implements AutoCloseable {
    /** The relationships namespace of {@code r:id}, transitional and strict. */
    private static final String RELATIONSHIPS = "relationships";

    /** One sheet of the workbook, in workbook order. */
    record SheetRef(String name, boolean hidden, String relationId) {
    }

    private final String file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetRef> sheets;
    private SharedStrings strings;
    private StylesTable styles;
    private Boolean[] dateStyles;

    private XlsxPackage(String file, OPCPackage pkg, XSSFReader reader, List<SheetRef> sheets) {
        this.file = file;
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = sheets;
    }

    /**
     * Opens a workbook for reading (never for writing: POI leaves the file as it is).
     *
     * @param file the workbook
     * @return the open package
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException when it is not a readable workbook
     */
    static XlsxPackage open(Path file) throws IOException {
        String name = file.toString();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw damaged(name, null, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            List<SheetRef> sheets;
            try (InputStream in = reader.getWorkbookData()) {
                sheets = sheets(in, name);
            }
            return new XlsxPackage(name, pkg, reader, sheets);
        } catch (InvalidInputException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw damaged(name, "its sheet list", e);
        }
    }

    /**
     * A fault of the package as one line: POI's zip-bomb guard, or a damaged file.
     *
     * @param file the file
     * @param part what was being read, or null for the package itself
     * @param e what POI threw
     * @return the exception to throw
     */
    static InvalidInputException damaged(String file, String part, Throwable e) {
        if (e instanceof InvalidInputException i) {
            return i;
        }
        InvalidInputException bomb = zipBomb(file, e);
        if (bomb != null) {
            return bomb;
        }
        return new InvalidInputException(file + ": not a readable Excel workbook (" + (part == null
                ? "the file is damaged, or not a workbook saved as .xlsx"
                : part + " cannot be read: the file is damaged") + ")", e);
    }

    /**
     * POI's zip-bomb guard ({@code ZipSecureFile}: a part that unpacks to more than 100 times its
     * packed size) in one line of ours instead of POI's 554 characters.
     *
     * @param file the file
     * @param e what POI threw, possibly wrapped
     * @return the exception to throw, or null when {@code e} is something else
     */
    static InvalidInputException zipBomb(String file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("ZipSecureFile")) {
                return new InvalidInputException(file + ": refused: a part of the workbook unpacks to far more than "
                        + "its packed size (a zip bomb?); if it is a real workbook, save its sheet as CSV", e);
            }
        }
        return null;
    }

    /** The sheets of {@code workbook.xml}, in order. */
    private static List<SheetRef> sheets(InputStream in, String file) throws XMLStreamException {
        List<SheetRef> out = new ArrayList<>();
        XMLStreamReader x = xml(in);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    String name = null;
                    String state = null;
                    String id = null;
                    for (int a = 0; a < x.getAttributeCount(); a++) {
                        String local = x.getAttributeLocalName(a);
                        String ns = x.getAttributeNamespace(a);
                        if (local.equals("name") && (ns == null || ns.isEmpty())) {
                            name = x.getAttributeValue(a);
                        } else if (local.equals("state")) {
                            state = x.getAttributeValue(a);
                        } else if (local.equals("id") && ns != null && ns.endsWith(RELATIONSHIPS)) {
                            id = x.getAttributeValue(a);
                        }
                    }
                    if (name == null || id == null) {
                        throw Messages.invalid("%s: not a readable Excel workbook (a sheet without %s in its sheet "
                                + "list: the file is damaged)", file, name == null ? "a name" : "its part");
                    }
                    out.add(new SheetRef(name, state != null && !state.equals("visible"), id));
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** A pull parser that refuses DTDs and external entities (POI's hardened factory). */
    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLHelper.newXMLInputFactory();
        return f.createXMLStreamReader(in);
    }

    /** @return the file, for messages */
    String file() {
        return file;
    }

    /** @return the sheets in workbook order */
    List<SheetRef> sheets() {
        return sheets;
    }

    /** @return the sheet names in workbook order */
    List<String> names() {
        return sheets.stream().map(SheetRef::name).toList();
    }

    /**
     * @param selector the selector
     * @return the index of the selected sheet ({@link Sheet#FIRST}: the first visible one)
     */
    int resolve(Sheet selector) {
        if (selector.isDefault()) {
            for (int i = 0; i < sheets.size(); i++) {
                if (!sheets.get(i).hidden()) {
                    return i;
                }
            }
            Messages.require(!sheets.isEmpty(), "%s: the workbook has no sheet", file);
            throw Messages.invalid("%s: every sheet is hidden (%s): choose one by name", file,
                    String.join(", ", names()));
        }
        return selector.resolve(names(), file);
    }

    /**
     * Opens a sheet's rows; the stream is the package's and closes with it.
     *
     * @param index the sheet's index
     * @return its rows
     */
    XlsxSheetRows rows(int index) {
        SheetRef ref = sheets.get(index);
        InputStream in;
        try {
            in = reader.getSheet(ref.relationId());
        } catch (Exception e) {
            throw damaged(file, "sheet '" + ref.name() + "'", e);
        }
        return new XlsxSheetRows(this, ref.name(), in);
    }

    /**
     * @param index a shared-string index from a cell
     * @param at the cell, for messages
     * @return the string
     */
    String sharedString(int index, String at) {
        if (strings == null) {
            try {
                strings = new ReadOnlySharedStringsTable(pkg, false);
            } catch (Exception e) {
                throw damaged(file, "its shared strings", e);
            }
        }
        if (index < 0 || index >= strings.getUniqueCount()) {
            throw Messages.invalid("%s: shared string %d does not exist (the file is damaged)", at, index);
        }
        try {
            return strings.getItemAt(index).getString();
        } catch (RuntimeException e) {
            throw damaged(file, "its shared strings", e);
        }
    }

    /**
     * Whether a cell style shows numbers as dates (a date is stored as a day count: read as a
     * number it would be a wrong answer).
     *
     * @param style the cell's style index
     * @param at the cell, for messages
     * @return whether its number format is a date format
     */
    boolean isDateStyle(int style, String at) {
        if (styles == null) {
            try {
                styles = reader.getStylesTable();
            } catch (Exception e) {
                throw damaged(file, "its styles", e);
            }
            if (styles == null) {
                return false;
            }
            dateStyles = new Boolean[Math.max(0, styles.getNumCellStyles())];
        }
        if (style < 0 || style >= dateStyles.length) {
            throw Messages.invalid("%s: cell style %d does not exist (the file is damaged)", at, style);
        }
        if (dateStyles[style] == null) {
            try {
                XSSFCellStyle s = styles.getStyleAt(style);
                dateStyles[style] = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            } catch (RuntimeException e) {
                throw damaged(file, "its styles", e);
            }
        }
        return dateStyles[style];
    }

    /** @return the unpacked size of the package's parts in bytes (what POI's user model would read) */
    long unpackedSize() {
        long total = 0;
        try {
            for (PackagePart p : pkg.getParts()) {
                long s = p.getSize();
                total += Math.max(0, s);
            }
        } catch (Exception e) {
            throw damaged(file, null, e);
        }
        return total;
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: close without saving
    }
}
