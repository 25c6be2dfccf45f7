package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.micmac4j.InvalidInputException;

/**
 * The quick path of {@link CsvRecords} (a text without quotes, split at line breaks and
 * delimiters) reads exactly what Commons CSV reads: the same rows, lines, comments and faults.
 */
class CsvRecordsTest {
    private static final String[] FRAGMENTS = {",", ";", "\t", "#", "\n", "\r\n", "\r", " ", "\u00A0", "0", "3",
        "P", "A", "id", "é", "😀", ",,", "1,5", "\n\n", "  \n", "#x\n"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    /** Everything a reader sees: rows with lines, then the comments, or the fault. */
    private static List<String> read(String text, boolean quick) {
        List<String> seen = new ArrayList<>();
        try {
            CsvRecords r = CsvRecords.parse(text, "t.csv", quick);
            seen.add("delimiter " + (int) r.delimiter());
            for (TableRows.Row row; (row = r.next()) != null;) {
                seen.add(row.line() + ": " + Arrays.toString(row.values()));
            }
            seen.add("comments " + r.comments());
        } catch (InvalidInputException e) {
            seen.add("fault " + e.getMessage());
        }
        return seen;
    }

    @Property(tries = 1000)
    void quickPathEqualsCommonsCsv(@ForAll("texts") String text) {
        assertEquals(read(text, false), read(text, true), text);
    }

    @Provide
    Arbitrary<byte[]> byteTexts() {
        // valid pieces (ASCII, two-, three- and four-byte sequences, a real U+FFFD) and broken ones
        byte[][] pieces = {"a,1\n".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
            "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}};
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            l.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /**
     * The fast decoding equals a strict decoder (oracle: the JDK's CharsetDecoder reporting
     * malformed input): the same text for valid UTF-8, a fault otherwise, even where the text holds a
     * real U+FFFD.
     */
    @Property(tries = 1000)
    void decodingIsStrictUtf8(@ForAll("byteTexts") byte[] bytes) {
        String expected;
        try {
            expected = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            expected = null;
        }
        String got;
        try {
            got = CsvRecords.decode(bytes, "t.csv");
        } catch (InvalidInputException e) {
            got = null;
        }
        assertEquals(expected, got);
    }
}
