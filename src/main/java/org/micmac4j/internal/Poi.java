package org.micmac4j.internal;

/**
 * Whether Apache POI, an optional dependency, is on the class path. Every entry point that opens
 * or writes a workbook asks first, so that a user without POI gets one clear sentence naming the
 * dependency to add instead of a {@link NoClassDefFoundError}.
 */
public final class Poi {
    /** The Maven coordinates to add, in messages. */
    public static final String COORDINATES = "org.apache.poi:poi-ooxml (5.4.1 or a later 5.x)";

    private static final boolean AVAILABLE = present("org.apache.poi.ss.usermodel.WorkbookFactory")
            && present("org.apache.poi.xssf.usermodel.XSSFWorkbook");

    private Poi() {
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Poi.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @return whether POI's workbook classes can be loaded */
    public static boolean available() {
        return AVAILABLE;
    }

    /**
     * @param what what needs POI, e.g. "reading matrix.xlsx"
     * @throws UnsupportedOperationException naming the dependency to add when POI is missing
     */
    public static void require(String what) {
        if (!AVAILABLE) {
            throw new UnsupportedOperationException(what + " needs Apache POI, an optional dependency of micmac4j "
                    + "that is not on the class path: add " + COORDINATES + " to your build (the micmac4j CLI jar "
                    + "already contains it), or save the sheet as CSV");
        }
    }
}
