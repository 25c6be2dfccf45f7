package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledDataTest {
    /** The classpath copy used by the command line must stay identical to the documented example files. */
    @ParameterizedTest
    @ValueSource(strings = {"matrix.csv", "variables.csv"})
    void classpathCopyIsIdenticalToTheExample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(StudyInput.BUNDLED + name)) {
            assertNotNull(in, name);
            assertArrayEquals(Files.readAllBytes(Path.of("examples/hdf-industry-2040", name)), in.readAllBytes(), name);
        }
    }

    @org.junit.jupiter.api.Test
    void bundledStudyHas29DescribedVariables() throws Exception {
        StudyInput s = StudyInput.bundled();
        assertEquals(29, s.matrix().size());
        assertEquals("Global economic context", s.matrix().variable(0).group().orElseThrow());
        assertEquals(StudyInput.ILLUSTRATIVE, s.notes().get(0));
    }
}
