package io.easel.display;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteSizeTest {

    @Test
    void formatsForPeople() {
        assertEquals("1 byte", ByteSize.format(1));
        assertEquals("812 bytes", ByteSize.format(812));
        assertEquals("1 KB", ByteSize.format(1024));
        assertEquals("48 KB", ByteSize.format(48 * 1024 + 100));
        assertEquals("1 MB", ByteSize.format(1024 * 1024));
        assertEquals("1.5 MB", ByteSize.format(1024 * 1024 * 3 / 2));
        assertEquals("2 GB", ByteSize.format(2L * 1024 * 1024 * 1024));
    }

    @Test
    void parsesUnitsInAnyCase() {
        assertEquals(1000, ByteSize.parse("1000"));
        assertEquals(500 * 1024, ByteSize.parse("500KB"));
        assertEquals(500 * 1024, ByteSize.parse("500k"));
        assertEquals(2 * 1024 * 1024, ByteSize.parse("2MB"));
        assertEquals(1536 * 1024, ByteSize.parse("1.5mb"));
        assertEquals(3L * 1024 * 1024 * 1024, ByteSize.parse("3 GB"));
    }

    @Test
    void compactFormReadsBackExactly() {
        for (long bytes : new long[] {1, 1000, 1024, 1536 * 1024, 1024 * 1024, 7 * 1024 * 1024 + 1}) {
            assertEquals(bytes, ByteSize.parse(ByteSize.compact(bytes)), ByteSize.compact(bytes));
        }
        assertEquals("1MB", ByteSize.compact(1024 * 1024));
    }

    @Test
    void refusesWhatIsNotASize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("big"));
        assertTrue(e.getMessage().contains("1MB"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("-1MB"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("99999999999999999999GB"));
    }
}
