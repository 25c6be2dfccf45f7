package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.micmac4j.testutil.Folders;
import org.micmac4j.InvalidInputException;

/**
 * The one file writer: whole or not at all, never through a link, errors naming the user's path.
 * Each fault of issue 16 §4 has a test here that fails with the plain {@code Files.newOutputStream}
 * of a {@code .tmp} sibling it replaces.
 */
class AtomicFileTest {
    @TempDir
    Path tmp;


    @Test
    void writesAndReplacesAFileWhole() throws IOException {
        Path f = tmp.resolve("out.sl");
        AtomicFile.writeString(f, "first");
        AtomicFile.writeString(f, "second, longer");
        assertEquals("second, longer", Files.readString(f));
        assertEquals(List.of("out.sl"), Folders.names(tmp), "no temporary file left");
    }

    /** A full disk in the middle of a file: the previous file stays whole, the error names the file. */
    @Test
    void aFullDiskLeavesThePreviousFileAndNamesTheFile() throws IOException {
        Path f = AtomicFile.writeString(tmp.resolve("results.xlsx"), "previous");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.write(f, out -> {
            out.write("half a workbook".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals(f.toString(), e.getFile());
        assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
        assertEquals("previous", Files.readString(f));
        assertEquals(List.of("results.xlsx"), Folders.names(tmp), "no temporary file left");
    }

    @Test
    void anExceptionWhileWritingLeavesNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("new.xlsx");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(f, out -> {
            out.write(1);
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals(List.of(), Folders.names(tmp));
    }

    /** A symbolic link is neither written through nor replaced: its target is outside what the user named. */
    @Test
    void aSymbolicLinkIsRefusedAndItsTargetKept() throws IOException {
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "precious");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("results.xlsx"), outside);
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(link, "x"));
        assertEquals(link.toString(), e.getFile());
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(outside));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("results.xlsx"), Folders.names(dir), "no temporary file left");
    }

    /** A temporary file of the would-be name that is a link is never opened: creation is exclusive. */
    @Test
    void theTemporaryFileIsCreatedExclusively() throws IOException {
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "precious");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path t = AtomicFile.createTemp(dir, dir.resolve("x.xlsx"));
        assertTrue(Files.isRegularFile(t) && t.getFileName().toString().endsWith(AtomicFile.TMP_SUFFIX));
        Files.delete(t);
        Files.createSymbolicLink(t, outside);
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> Files.newByteChannel(t,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE).close());
        assertEquals("precious", Files.readString(outside));
    }

    /** A path under a regular file: the error names that path, not a temporary one (root cannot dodge this). */
    @Test
    void aPathUnderARegularFileNamesTheUsersPath() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        Path target = file.resolve("results.xlsx");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(target, "y"));
        assertEquals(target.toString(), e.getFile());
        assertFalse(e.getMessage().contains(AtomicFile.TMP_SUFFIX), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aMissingFolderIsSaidSo() {
        Path target = tmp.resolve("no/such/folder/results.xlsx");
        java.nio.file.NoSuchFileException e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> AtomicFile.writeString(target, "y"));
        assertEquals(target.toString(), e.getFile());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    /** A read-only folder: the error names the user's file. Root writes anyway, so the case is skipped there. */
    @Test
    void aReadOnlyFolderNamesTheUsersPath() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running as root: a read-only folder is writable here; "
                    + "aPathUnderARegularFileNamesTheUsersPath covers the naming instead");
            Path target = dir.resolve("results.xlsx");
            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> AtomicFile.writeString(target,
                    "y"));
            assertEquals(target.toString(), e.getFile());
            assertFalse(e.getMessage().contains(AtomicFile.TMP_SUFFIX), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anEmptyPathIsBadInput() {
        assertThrows(InvalidInputException.class, () -> AtomicFile.writeString(Path.of(""), "x"));
        assertThrows(InvalidInputException.class, () -> AtomicFile.writeString(Path.of(" "), "x"));
    }

    @Test
    void anUnpairedSurrogateFailsInsteadOfBecomingAQuestionMark() throws IOException {
        Path f = AtomicFile.writeString(tmp.resolve("page.html"), "before");
        assertThrows(IOException.class, () -> AtomicFile.writeString(f, "\uD800"));
        assertEquals("before", Files.readString(f));
    }
}
