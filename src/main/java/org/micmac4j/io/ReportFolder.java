package org.micmac4j.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report's files into a folder safely; every report family (MICMAC, ISM, DEMATEL) and
 * the command line write through it.
 *
 * <ul>
 *   <li><b>Atomic:</b> every file is first written to a temporary folder inside the target
 *       folder, then moved into place by renames, the entry page (the {@code .html} file) last; a
 *       crash or a full disk while writing leaves the previous report as it was and no partial
 *       file under a report name.</li>
 *   <li><b>Only its own files:</b> the folder keeps a manifest, {@value #MANIFEST}, listing the
 *       files micmac4j wrote there. Other files of the folder are never touched. A file of a
 *       report's name that the manifest does not list (the user's own {@code report.html}) is
 *       not replaced: {@link FileAlreadyExistsException}, unless {@link #withForce(boolean)}.</li>
 *   <li><b>No links followed:</b> a symbolic link in the folder is never written through; it
 *       counts as a file micmac4j did not write, and with force the link itself is replaced,
 *       not its target.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportFolder.of(Path.of("micmac-report")).write(MicmacReport.withDefaults().render(result));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ReportFolder {
    /** Name of the manifest listing the files micmac4j wrote in the folder, one per line. */
    public static final String MANIFEST = ".micmac4j-report";

    private final Path dir;
    private final boolean force;

    private ReportFolder(Path dir, boolean force) {
        this.dir = dir;
        this.force = force;
    }

    /**
     * @param dir the folder, created when missing
     * @return a writer that never replaces a file micmac4j did not write
     * @throws IllegalArgumentException when the path is empty
     */
    public static ReportFolder of(Path dir) {
        if (dir.toString().isBlank()) {
            throw new IllegalArgumentException("the report folder must be named (got an empty path)");
        }
        return new ReportFolder(dir, false);
    }

    /**
     * @param replaceForeign whether files of a report's names that micmac4j did not write (and
     *     symbolic links) are replaced
     * @return a copy with that setting
     */
    public ReportFolder withForce(boolean replaceForeign) {
        return new ReportFolder(dir, replaceForeign);
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /**
     * Writes the files (UTF-8) as described in the class comment.
     *
     * @param files file name (no folder part) to content
     * @return the files written, in the map's order
     * @throws FileAlreadyExistsException naming a file micmac4j did not write, unless forced
     * @throws NotDirectoryException when the path exists and is not a folder
     * @throws IOException when the folder or a file cannot be written
     */
    public List<Path> write(Map<String, String> files) throws IOException {
        for (String name : files.keySet()) {
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".")
                    || name.equals("..") || name.equals(MANIFEST)) {
                throw new IllegalArgumentException("not a plain file name: '" + name + "'");
            }
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        Files.createDirectories(dir);
        Set<String> ours = readManifest();
        for (String name : files.keySet()) {
            Path target = dir.resolve(name);
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            boolean foreign = exists && (!ours.contains(name) || Files.isSymbolicLink(target)
                    || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS));
            if (foreign && !force) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "exists and was not written by micmac4j (it is not listed in " + MANIFEST
                                + "); remove it, choose another folder or force the replacement (--force)");
            }
            if (exists && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
            }
        }
        Path tmp = Files.createTempDirectory(dir, ".micmac4j-tmp-");
        try {
            Map<String, Path> staged = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : files.entrySet()) {
                staged.put(e.getKey(), Files.writeString(tmp.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8));
            }
            Set<String> manifest = new LinkedHashSet<>(ours);
            manifest.addAll(files.keySet());
            Path stagedManifest = Files.writeString(tmp.resolve(MANIFEST), String.join("\n", manifest) + "\n",
                    StandardCharsets.UTF_8);
            // The manifest first (it only claims names whose files are ours), the entry page last.
            move(stagedManifest, dir.resolve(MANIFEST));
            List<String> order = new ArrayList<>(files.keySet());
            order.sort((a, b) -> Boolean.compare(a.endsWith(".html"), b.endsWith(".html")));
            for (String name : order) {
                move(staged.get(name), dir.resolve(name));
            }
        } finally {
            deleteTree(tmp);
        }
        List<Path> written = new ArrayList<>();
        for (String name : files.keySet()) {
            written.add(dir.resolve(name));
        }
        return written;
    }

    /** The names the manifest lists; none when it is missing or not a regular file. */
    private Set<String> readManifest() throws IOException {
        Path m = dir.resolve(MANIFEST);
        Set<String> names = new LinkedHashSet<>();
        if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }

    /** A rename: replaces a link or file at {@code target} itself, never what a link points to. */
    private static void move(Path from, Path target) throws IOException {
        try {
            Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path tmp) throws IOException {
        if (!Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp)) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(tmp);
    }
}
