package org.micmac4j.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.micmac4j.InvalidInputException;

/**
 * The one way micmac4j writes a file (a workbook, a solution list, a matrix; and, through
 * {@link ReportFolder}, every file of a report folder):
 *
 * <ul>
 *   <li><b>Whole or not at all:</b> the content goes to a temporary file created in the target's
 *       own folder, is forced to the disk, then renamed over the target in one atomic step. A
 *       failure (a full disk, an exception while writing) leaves the previous file as it was and
 *       no temporary file behind.</li>
 *   <li><b>Never through a link:</b> the temporary file is created exclusively (an existing file
 *       or symbolic link of its name is never opened), and a target that is a symbolic link is
 *       refused: micmac4j does not write to where a link points, nor replace the link.</li>
 *   <li><b>Errors name the user's path:</b> a folder that cannot be written, a path under a
 *       regular file or a full disk is reported for the file asked for, never for the temporary
 *       one.</li>
 * </ul>
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("results.xlsx"), out -> workbook.write(out));
 * AtomicFile.writeString(Path.of("out.sl"), text);
 * }</pre>
 */
public final class AtomicFile {
    /** Suffix of the temporary files (hidden, in the target's folder, removed on failure). */
    static final String TMP_SUFFIX = ".micmac4j-tmp";

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where the content goes (buffered; closed by the caller)
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes (or replaces) a file as described in the class comment.
     *
     * @param target the file
     * @param content what to write into it
     * @return the target
     * @throws InvalidInputException when the path is empty
     * @throws IOException naming the target when it is a symbolic link or a folder, its folder
     *     does not exist or cannot be written, or writing fails
     */
    public static Path write(Path target, Content content) throws IOException {
        requireNamed(target);
        refuseLinkOrFolder(target);
        Path tmp = createTemp(folderOf(target), target);
        try {
            fill(tmp, content, target);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /**
     * @param target the file
     * @param text its content, written as UTF-8
     * @return the target
     * @throws IOException as {@link #write(Path, Content)}
     */
    public static Path writeString(Path target, String text) throws IOException {
        return write(target, utf8(text));
    }

    /**
     * @param text a text
     * @return content writing it as UTF-8, strictly: an unpaired surrogate fails (a
     *     {@link java.nio.charset.CharacterCodingException}) instead of becoming a question mark
     */
    static Content utf8(String text) {
        return out -> {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        };
    }

    /** An empty path names no file: say so instead of writing into the working folder. */
    static void requireNamed(Path target) {
        if (target.toString().isBlank()) {
            throw new InvalidInputException("the output file must be named (got an empty path)");
        }
    }

    /** The folder a relative or absolute path lives in. */
    static Path folderOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath() : parent;
    }

    private static void refuseLinkOrFolder(Path target) throws FileSystemException {
        if (Files.isSymbolicLink(target)) {
            throw new FileSystemException(target.toString(), null, "is a symbolic link: micmac4j never writes "
                    + "through one (remove the link or name another file)");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
    }

    /**
     * Creates an empty hidden file in {@code folder}, exclusively (never opening an existing file
     * or link), with the default permissions of a new file.
     *
     * @param userPath what to name in an error: the file or folder the user asked for
     */
    static Path createTemp(Path folder, Path userPath) throws IOException {
        String base = "." + (userPath.getFileName() == null ? "out" : userPath.getFileName()) + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve(base + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TMP_SUFFIX);
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw named(e, userPath, folder);
                }
            } catch (IOException e) {
                throw named(e, userPath, folder);
            }
        }
    }

    /**
     * @param folder an existing folder
     * @return a new hidden folder in it, for files prepared before they are moved into place
     * @throws IOException naming {@code folder} when it cannot be written
     */
    static Path createTempDirectory(Path folder) throws IOException {
        try {
            return Files.createTempDirectory(folder, ".micmac4j-tmp-");
        } catch (IOException e) {
            throw named(e, folder, folder);
        }
    }

    /** Writes the content into the (existing, empty) temporary file and forces it to the disk. */
    static void fill(Path tmp, Content content, Path userPath) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        } catch (IOException e) {
            throw named(e, userPath, folderOf(userPath));
        }
    }

    /** A rename that replaces the file at {@code target} itself, never what a link there points to. */
    static void move(Path from, Path target) throws IOException {
        try {
            try {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw named(e, target, folderOf(target));
        }
    }

    /**
     * The same failure, told of the user's path: the JDK names the temporary file, which the user
     * never asked for and which no longer exists.
     */
    static IOException named(IOException e, Path userPath, Path folder) {
        String file = userPath.toString();
        String cause = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        IOException out;
        if (e instanceof AccessDeniedException) {
            out = new AccessDeniedException(file, null, "permission denied: cannot create or replace a file in "
                    + folder);
        } else if (e instanceof NoSuchFileException) {
            out = new NoSuchFileException(file, null, "its folder " + folder + " does not exist");
        } else if (e instanceof NotDirectoryException || "Not a directory".equals(cause)) {
            out = new FileSystemException(file, null, "a part of its folder " + folder + " is not a folder");
        } else if (cause != null && cause.toLowerCase(Locale.ROOT).contains("no space left")) {
            out = new FileSystemException(file, null, "not written, the disk is full (" + cause + ")");
        } else if (e instanceof FileSystemException f && f.getFile() != null && f.getFile().equals(file)) {
            return e;
        } else {
            out = new FileSystemException(file, null, "not written: " + (cause == null
                    ? e.getClass().getSimpleName() : cause));
        }
        out.initCause(e);
        return out;
    }
}
