package org.micmac4j.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.micmac4j.InvalidInputException;

/**
 * Writes a report's files into a folder safely; every report family and the command line write
 * through it (and through {@link AtomicFile}, whose rules it follows for every file).
 *
 * <ul>
 *   <li><b>Prepared, then committed:</b> every file, in every sub-folder, is first written to a
 *       temporary folder inside the target folder and forced to the disk; only then are they
 *       moved into place by renames, the entry pages (the {@code .html} files) last. A full disk
 *       or any failure while preparing leaves the previous report as it was, and no temporary
 *       file behind.</li>
 *   <li><b>Only its own files:</b> each folder keeps a manifest, {@value #MANIFEST}, listing the
 *       files micmac4j wrote there. Other files of the folder are never touched. A file of a
 *       report's name that the manifest does not list (the user's own {@code report.html}) is
 *       not replaced: {@link FileAlreadyExistsException}, unless {@link #withForce(boolean)}.</li>
 *   <li><b>No links followed:</b> a symbolic link in the folder, file or sub-folder (such as a
 *       panel report's {@code aggregate/}), is never written through; it counts as a file
 *       micmac4j did not write, and with force the link itself is replaced, not its target.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportFolder.of(Path.of("micmac-report")).write(MicmacReport.withDefaults().render(result));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class ReportFolder {
    /** Name of the manifest listing the files micmac4j wrote in a folder, one per line. */
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
     * @throws InvalidInputException when the path is empty
     */
    public static ReportFolder of(Path dir) {
        if (dir.toString().isBlank()) {
            throw new InvalidInputException("the report folder must be named (got an empty path)");
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

    /** @return whether files micmac4j did not write are replaced */
    public boolean force() {
        return force;
    }

    /**
     * Writes the files (UTF-8) as described in the class comment.
     *
     * @param files file name to content; a name may hold sub-folders, separated by {@code /}
     *     (e.g. {@code aggregate/report.html})
     * @return the files written, in the map's order
     * @throws FileAlreadyExistsException naming a file micmac4j did not write, unless forced
     * @throws NotDirectoryException when the path exists and is not a folder
     * @throws IOException when the folder or a file cannot be written (naming it)
     */
    public List<Path> write(Map<String, String> files) throws IOException {
        Map<String, Folder> folders = new LinkedHashMap<>();
        folders.put("", null);
        for (String name : files.keySet()) {
            checkName(name);
            String parent = parentOf(name);
            for (int slash = parent.indexOf('/'); slash >= 0; slash = parent.indexOf('/', slash + 1)) {
                folders.putIfAbsent(parent.substring(0, slash), null);
            }
            folders.putIfAbsent(parent, null);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw AtomicFile.named(e, dir, AtomicFile.folderOf(dir));
        }
        for (String f : folders.keySet()) {
            Folder parent = f.isEmpty() ? null : folders.get(parentOf(f));
            folders.put(f, parent != null && parent.replaced ? new Folder(Set.of(), true) : inspect(f));
        }
        for (String name : files.keySet()) {
            Folder f = folders.get(parentOf(name));
            Path target = dir.resolve(name);
            if (f.replaced) {
                continue; // the whole sub-folder is new: nothing in it to check
            }
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
            }
            boolean foreign = exists && (!f.manifest.contains(baseName(name)) || Files.isSymbolicLink(target)
                    || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS));
            if (foreign && !force) {
                throw foreign(target, "exists and was not written by micmac4j (it is not listed in " + MANIFEST
                        + ")");
            }
        }
        Path tmp = AtomicFile.createTempDirectory(dir);
        try {
            Map<String, Path> staged = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path s = tmp.resolve(e.getKey());
                Files.createDirectories(s.getParent());
                staged.put(e.getKey(), stage(s, e.getValue(), dir.resolve(e.getKey())));
            }
            Map<String, Path> manifests = new LinkedHashMap<>();
            for (Map.Entry<String, Folder> f : folders.entrySet()) {
                Set<String> names = new LinkedHashSet<>(f.getValue().replaced ? Set.of() : f.getValue().manifest);
                for (String name : files.keySet()) {
                    if (parentOf(name).equals(f.getKey())) {
                        names.add(baseName(name));
                    }
                }
                if (!names.isEmpty()) {
                    Path m = tmp.resolve(f.getKey()).resolve(MANIFEST);
                    Files.createDirectories(m.getParent());
                    manifests.put(f.getKey(), stage(m, String.join("\n", names) + "\n", dir.resolve(f.getKey())
                            .resolve(MANIFEST)));
                }
            }
            commit(folders, files, staged, manifests);
        } finally {
            deleteTree(tmp);
        }
        List<Path> written = new ArrayList<>();
        for (String name : files.keySet()) {
            written.add(dir.resolve(name));
        }
        return written;
    }

    /**
     * Moves everything into place: sub-folders created (a foreign link or file of their name
     * replaced only when forced, before anything else), then each folder's manifest (it only
     * claims names whose files are ours), then the files, the entry pages last and the top
     * folder's own page the very last.
     */
    private void commit(Map<String, Folder> folders, Map<String, String> files, Map<String, Path> staged,
            Map<String, Path> manifests) throws IOException {
        for (Map.Entry<String, Folder> f : folders.entrySet()) {
            Path sub = dir.resolve(f.getKey());
            if (f.getValue().replaced) {
                Files.deleteIfExists(sub);
                try {
                    Files.createDirectory(sub);
                } catch (IOException e) {
                    throw AtomicFile.named(e, sub, dir);
                }
            }
        }
        for (Map.Entry<String, Path> m : manifests.entrySet()) {
            AtomicFile.move(m.getValue(), dir.resolve(m.getKey()).resolve(MANIFEST));
        }
        List<String> order = new ArrayList<>(files.keySet());
        order.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String name : order) {
            AtomicFile.move(staged.get(name), dir.resolve(name));
        }
    }

    /** 0: other files, 1: pages in sub-folders, 2: the top folder's pages. */
    private static int rank(String name) {
        return !name.endsWith(".html") ? 0 : name.contains("/") ? 1 : 2;
    }

    /** What a folder of the report holds today; refuses a sub-folder that is a link or a file. */
    private Folder inspect(String folder) throws IOException {
        Path p = dir.resolve(folder);
        if (!folder.isEmpty()) {
            boolean exists = Files.exists(p, LinkOption.NOFOLLOW_LINKS);
            boolean realFolder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            if (exists && !realFolder) {
                if (!force) {
                    throw foreign(p, Files.isSymbolicLink(p) ? "is a symbolic link, not a folder micmac4j wrote: "
                            + "it is not written through" : "is a file where the report puts a folder");
                }
                return new Folder(Set.of(), true);
            }
            if (!exists) {
                return new Folder(Set.of(), true);
            }
        }
        return new Folder(readManifest(p.resolve(MANIFEST)), false);
    }

    private static FileAlreadyExistsException foreign(Path p, String why) {
        return new FileAlreadyExistsException(p.toString(), null, why + "; remove it, choose another folder or "
                + "force the replacement (--force)");
    }

    /**
     * @param manifest the files micmac4j wrote in the folder, as its manifest lists them
     * @param replaced whether the folder is missing or (forced) replaces a link or file: it is
     *     created at commit, and nothing in it needs checking
     */
    private record Folder(Set<String> manifest, boolean replaced) {
    }

    private static Path stage(Path tmp, String content, Path userPath) throws IOException {
        Files.createFile(tmp);
        AtomicFile.fill(tmp, AtomicFile.utf8(content), userPath);
        return tmp;
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("\\")) {
            throw new InvalidInputException("not a plain file name: '" + name + "'");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.equals(MANIFEST)) {
                throw new InvalidInputException("not a plain file name: '" + name + "'");
            }
        }
    }

    private static String parentOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The names a manifest lists; none when it is missing or not a regular file. */
    private static Set<String> readManifest(Path m) throws IOException {
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

    /** Deletes the temporary folder and what is left in it, never following a link. */
    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                for (Path c : s) {
                    deleteTree(c);
                }
            }
        }
        Files.deleteIfExists(p);
    }
}
