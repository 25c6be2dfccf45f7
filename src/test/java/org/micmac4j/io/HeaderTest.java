package org.micmac4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/** Columns found by name, and the message helpers every reader quotes tokens with. */
class HeaderTest {
    @Test
    void columnsByNameInAnyCaseAndOrderWithSynonyms() {
        Header h = Header.read(CsvRecords.parse("# c\nNom;ID;Extra\nx;y;z\n", "v.csv"), "id,name");
        assertEquals(1, h.column("id"));
        assertEquals(0, h.optionalColumn("name", "nom"));
        assertEquals(-1, h.optionalColumn("group"));
        assertEquals("v.csv line 2", h.where());
        assertEquals(3, h.width());
    }

    @Test
    void aMissingOrRepeatedColumnIsNamed() {
        Header h = Header.read(CsvRecords.parse("expert,from,to,from\n", "l.csv"), "expert,from,to,score");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> h.column("score"));
        assertEquals("l.csv line 1: missing column 'score' in the header (expected expert,from,to,score; found "
                + "expert,from,to,from)", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> h.column("from"));
        assertEquals("l.csv line 1: the header has two 'from' columns (2, 'from', and 4, 'from'): keep one",
                e.getMessage());
        Header synonyms = Header.read(CsvRecords.parse("id,group,bloc\n", "v.csv"), "id,group");
        e = assertThrows(InvalidInputException.class, () -> synonyms.optionalColumn("group", "bloc"));
        assertTrue(e.getMessage().contains("two 'group' columns (2, 'group', and 3, 'bloc')"), e.getMessage());
    }

    @Test
    void aWideHeaderMakesAShortMessage() {
        String wide = "c".repeat(5000) + ",x".repeat(1000) + "\n";
        Header h = Header.read(CsvRecords.parse(wide, "w.csv"), "id");
        String m = assertThrows(InvalidInputException.class, () -> h.column("id")).getMessage();
        assertTrue(m.length() < 400, m);
        assertTrue(m.contains("(1001 columns)"), m);
    }

    @Test
    void tokensAreCutAndEscapedToOneShortLine() {
        assertEquals("abc", Messages.token("abc"));
        assertEquals("a\\nb\\r\\tc\\u0000", Messages.token("a\nb\r\tc\0"));
        assertEquals("x".repeat(Messages.TOKEN_MAX) + "…", Messages.token("x".repeat(10_000_000)));
        String emoji = "😀".repeat(50);
        String cut = Messages.token(emoji);
        assertEquals("😀".repeat(Messages.TOKEN_MAX) + "…", cut);
        assertEquals("null", Messages.token(null));
    }
}
