package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library without Apache POI: micmac4j's classes loaded by a class loader that sees the test
 * class path minus POI and its dependencies still read CSV, and say what to add for a workbook.
 */
class WithoutPoiTest {

    @Test
    void csvWorksAndAWorkbookNamesTheDependencyToAdd(@TempDir Path dir) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("poi") && !name.startsWith("xmlbeans") && !name.startsWith("log4j")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        Path csv = dir.resolve("m.csv");
        Files.writeString(csv, ",A,B\nA,0,1\nB,2,0\n");
        Path xlsx = Workbooks.write(dir.resolve("m.xlsx"), "M", new Object[] {null, "A"}, new Object[] {"A", 0});
        try (URLClassLoader loader = new URLClassLoader(
                urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.apache.poi.ss.usermodel.Workbook"));
            Class<?> matrixCsv = loader.loadClass(MatrixCsv.class.getName());
            Method read = matrixCsv.getMethod("read", Path.class);
            Object m = read.invoke(null, csv);
            assertEquals(2, m.getClass().getMethod("size").invoke(m));
            InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> read.invoke(null, xlsx));
            assertEquals(UnsupportedOperationException.class, e.getCause().getClass());
            assertTrue(e.getCause().getMessage().contains("add org.apache.poi:poi-ooxml"), e.getCause().getMessage());
            Class<?> xlsxTables = loader.loadClass(XlsxTables.class.getName());
            assertEquals(false, xlsxTables.getMethod("isAvailable").invoke(null));
        }
    }
}
