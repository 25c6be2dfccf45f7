package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.testutil.Folders;

class ReportFolderTest {
    @TempDir
    Path tmp;

    private static Map<String, String> report(String version) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("plot.svg", "<svg>" + version + "</svg>");
        files.put("report.html", "<html>" + version + "</html>");
        return files;
    }


    @Test
    void writesTheFilesAndAManifestAndLeavesNoTemporaryFolder() throws IOException {
        Path dir = tmp.resolve("out");
        List<Path> written = ReportFolder.of(dir).write(report("1"));
        assertEquals(List.of(dir.resolve("plot.svg"), dir.resolve("report.html")), written);
        assertEquals(List.of(ReportFolder.MANIFEST, "plot.svg", "report.html"), Folders.names(dir));
        assertEquals("<html>1</html>", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of("plot.svg", "report.html"), Files.readAllLines(dir.resolve(ReportFolder.MANIFEST)));
    }

    @Test
    void replacesItsOwnFilesAndNeverTouchesOthers() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ReportFolder.of(dir).write(report("1"));
        ReportFolder.of(dir).write(report("2"));
        assertEquals("<html>2</html>", Files.readString(dir.resolve("report.html")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertEquals(List.of(ReportFolder.MANIFEST, "notes.txt", "plot.svg", "report.html"), Folders.names(dir));
    }

    @Test
    void aSameNamedFileMicmacDidNotWriteIsKeptUnlessForced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("report.html"), "the user's own page");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> ReportFolder.of(dir).write(report("1")));
        assertTrue(e.getFile().endsWith("report.html"), e.getFile());
        assertEquals("the user's own page", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of("report.html"), Folders.names(dir), "nothing written when refused");
        ReportFolder.of(dir).withForce(true).write(report("1"));
        assertEquals("<html>1</html>", Files.readString(dir.resolve("report.html")));
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("outside.html"), "outside");
        ReportFolder.of(dir).write(report("1"));
        Files.delete(dir.resolve("report.html"));
        try {
            Files.createSymbolicLink(dir.resolve("report.html"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        // Listed in the manifest, but a link: still not ours.
        assertThrows(FileAlreadyExistsException.class, () -> ReportFolder.of(dir).write(report("2")));
        assertEquals("outside", Files.readString(outside));
        ReportFolder.of(dir).withForce(true).write(report("2"));
        assertEquals("outside", Files.readString(outside), "the link's target is never written");
        assertFalse(Files.isSymbolicLink(dir.resolve("report.html")));
        assertEquals("<html>2</html>", Files.readString(dir.resolve("report.html")));
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousReportWhole() throws IOException {
        Path dir = tmp.resolve("out");
        ReportFolder.of(dir).write(report("1"));
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("plot.svg", "<svg>2</svg>");
        broken.put("report.html", "\uD800 cannot be encoded"); // fails like a full disk, after plot.svg
        assertThrows(IOException.class, () -> ReportFolder.of(dir).write(broken));
        assertEquals("<svg>1</svg>", Files.readString(dir.resolve("plot.svg")));
        assertEquals("<html>1</html>", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of(ReportFolder.MANIFEST, "plot.svg", "report.html"), Folders.names(dir),
                "no temporary left");
    }

    @Test
    void emptyPathAndAFileInsteadOfAFolderAreRefused() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> ReportFolder.of(Path.of("")));
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertThrows(NotDirectoryException.class, () -> ReportFolder.of(file).write(report("1")));
        assertEquals("x", Files.readString(file));
    }

    /** A report with a sub-folder, as the panel report's {@code aggregate/}. */
    private static Map<String, String> nested(String version) {
        Map<String, String> files = report(version);
        files.put("aggregate/plot.svg", "<svg>a" + version + "</svg>");
        files.put("aggregate/report.html", "<html>a" + version + "</html>");
        return files;
    }

    @Test
    void aSubFolderGetsItsOwnManifestAndIsRewrittenAsOurs() throws IOException {
        Path dir = tmp.resolve("out");
        ReportFolder.of(dir).write(nested("1"));
        assertEquals(List.of(ReportFolder.MANIFEST, "plot.svg", "report.html"),
                Folders.names(dir.resolve("aggregate")));
        ReportFolder.of(dir).write(nested("2"));
        assertEquals("<html>a2</html>", Files.readString(dir.resolve("aggregate/report.html")));
        assertEquals(List.of(ReportFolder.MANIFEST, "aggregate", "plot.svg", "report.html"), Folders.names(dir));
    }

    /** A sub-folder that is a link to elsewhere is not written through; forced, the link itself is replaced. */
    @Test
    void aSubFolderLinkIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(dir.resolve("aggregate"), elsewhere);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> ReportFolder.of(dir).write(nested("1")));
        assertEquals(dir.resolve("aggregate").toString(), e.getFile());
        assertEquals(List.of(), Folders.names(elsewhere));
        assertEquals(List.of("aggregate"), Folders.names(dir), "nothing written, not even the top-level files");
        ReportFolder.of(dir).withForce(true).write(nested("1"));
        assertFalse(Files.isSymbolicLink(dir.resolve("aggregate")));
        assertEquals("<html>a1</html>", Files.readString(dir.resolve("aggregate/report.html")));
        assertEquals(List.of(), Folders.names(elsewhere));
    }

    /**
     * Everything is checked and prepared before anything is replaced: a foreign file in the
     * sub-folder stops the run with the top-level files as they were.
     */
    @Test
    void aFaultInASubFolderReplacesNoTopLevelFile() throws IOException {
        Path dir = tmp.resolve("out");
        ReportFolder.of(dir).write(report("1"));
        Files.createDirectories(dir.resolve("aggregate"));
        Files.writeString(dir.resolve("aggregate/report.html"), "the user's own");
        assertThrows(FileAlreadyExistsException.class, () -> ReportFolder.of(dir).write(nested("2")));
        assertEquals("<html>1</html>", Files.readString(dir.resolve("report.html")));
        assertEquals("<svg>1</svg>", Files.readString(dir.resolve("plot.svg")));
        assertEquals("the user's own", Files.readString(dir.resolve("aggregate/report.html")));
        assertEquals(List.of(ReportFolder.MANIFEST, "aggregate", "plot.svg", "report.html"), Folders.names(dir),
                "no temporary folder left");
    }

    @Test
    void aFileNameThatLeavesTheFolderIsRefused() {
        for (String bad : List.of("../x.html", "a/../../x", "/abs.html", "a//b", "a/", "a\\b")) {
            assertThrows(IllegalArgumentException.class,
                    () -> ReportFolder.of(tmp.resolve("o")).write(Map.of(bad, "x")), bad);
        }
    }
}
