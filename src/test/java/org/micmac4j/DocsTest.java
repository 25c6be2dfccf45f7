package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every reference to the method document resolves in a user's clone: the document is the project's
 * own {@code docs/METHOD.md}, every section number cited exists among its headings, and nothing in
 * the sources, examples, benchmarks or README points to files outside the repository.
 */
class DocsTest {
    // Built from parts so that this file does not match its own patterns.
    private static final String NAME = "METH" + "OD";
    private static final String DOC_FILE = NAME + ".md";
    private static final String SHARED = "../" + "shared";
    private static final Path DOC = Path.of("docs", DOC_FILE);

    /** A section heading: "## 3. Title" or "### 3.4 Title". */
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (\\d+(?:\\.\\d+)?)\\.? ", Pattern.MULTILINE);
    /**
     * A citation: the document's name, with or without ".md", and the section numbers that follow
     * ("§3", "§2 to §6", "§3.4 and §3.5").
     */
    private static final Pattern CITATION = Pattern.compile("(\\S*?)\\b" + NAME + "\\b(\\.md)?"
            + "((?:\\s*(?:§\\s?\\d+(?:\\.\\d+)?|,|and|to|or)(?=[\\s,.;:)§]|$))*)");
    private static final Pattern SECTION = Pattern.compile("§\\s?(\\d+(?:\\.\\d+)?)");

    @Test
    void theMethodDocumentIsInTheRepository() {
        assertTrue(Files.isRegularFile(DOC), DOC + " is missing");
        assertTrue(sections().containsAll(Set.of("1", "2", "3", "4", "5", "6", "7", "8")), "sections: " + sections());
    }

    @Test
    void everyCitationOfTheMethodNamesItsPathAndAnExistingSection() {
        Set<String> sections = sections();
        List<String> faults = new ArrayList<>();
        int citations = 0;
        for (Path file : scannedFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                Matcher m = CITATION.matcher(lines[l]);
                while (m.find()) {
                    citations++;
                    String where = file + ":" + (l + 1) + ": ";
                    if (!m.group(1).endsWith("docs/") || m.group(2) == null) {
                        faults.add(where + "cites '" + m.group(0).strip() + "', not docs/" + DOC_FILE);
                    }
                    Matcher s = SECTION.matcher(m.group(3));
                    while (s.find()) {
                        if (!sections.contains(s.group(1))) {
                            faults.add(where + "cites §" + s.group(1) + ", which docs/" + DOC_FILE + " does not have");
                        }
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        assertTrue(citations > 10, "the sources cite the method document; found only " + citations + " citations");
    }

    @Test
    void crossReferencesInsideTheMethodDocumentResolve() {
        Set<String> sections = sections();
        Matcher s = SECTION.matcher(read(DOC));
        List<String> missing = new ArrayList<>();
        while (s.find()) {
            if (!sections.contains(s.group(1))) {
                missing.add("§" + s.group(1));
            }
        }
        assertTrue(missing.isEmpty(), DOC + " refers to sections it does not have: " + missing);
    }

    @Test
    void nothingRefersToTheSharedFolderOfTheSession() {
        List<String> faults = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String[] lines = read(file).split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (lines[l].contains(SHARED)) {
                    faults.add(file + ":" + (l + 1) + ": " + lines[l].strip());
                }
            }
        }
        assertTrue(faults.isEmpty(), "a user's clone has no " + SHARED + ":\n" + String.join("\n", faults));
    }

    private static Set<String> sections() {
        Set<String> out = new TreeSet<>();
        Matcher m = HEADING.matcher(read(DOC));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Text files of src/, examples/, benchmarks/, docs/ and the README; build output excluded. */
    private static List<Path> scannedFiles() {
        List<Path> out = new ArrayList<>();
        out.add(Path.of("README.md"));
        for (String root : List.of("src", "examples", "benchmarks", "docs")) {
            Path dir = Path.of(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                out.addAll(files.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("target") && !p.toString().contains(".jqwik-database"))
                        .filter(DocsTest::isText)
                        .collect(Collectors.toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(out.size() > 100, "expected the whole source tree, found " + out.size() + " files");
        return out;
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return Set.of("java", "md", "txt", "csv", "json", "xml", "sh", "py", "html", "properties", "R", "jl")
                .contains(ext);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return new String(readBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
