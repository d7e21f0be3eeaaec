package io.easel.kernel.history;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager.ResultFlag;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionHistoryTest {

    private static List<String> inputs(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::getInput).toList();
    }

    private static SessionHistory history() {
        SessionHistory h = new SessionHistory();
        h.record(1, "int a = 1;", null);
        h.record(2, "a + 1", "2");
        h.record(3, "a + 1", "2");
        h.record(4, "String s = \"[x]\";", null);
        return h;
    }

    @Test
    void tailReturnsTheLastEntriesWithOutputOnlyWhenAsked() {
        SessionHistory h = history();
        List<HistoryEntry> tail = h.lookupTail(2, EnumSet.noneOf(ResultFlag.class));
        assertEquals(List.of("a + 1", "String s = \"[x]\";"), inputs(tail));
        assertFalse(tail.get(0).hasOutput());
        assertEquals("2", h.lookupTail(2, EnumSet.of(ResultFlag.INCLUDE_OUTPUT)).get(0).getOutput());
    }

    @Test
    void rangeIsStartInclusiveStopExclusive() {
        assertEquals(List.of("a + 1", "a + 1"), inputs(history().lookupRange(0, 2, 4, Set.of())));
        assertTrue(history().lookupRange(-1, 0, 10, Set.of()).isEmpty());
    }

    @Test
    void searchUsesGlobsAndCanBeUnique() {
        SessionHistory h = history();
        assertEquals(List.of("a + 1", "a + 1"), inputs(h.search("a +*", 10, EnumSet.noneOf(ResultFlag.class))));
        assertEquals(List.of("a + 1"), inputs(h.search("a ? 1", 10, EnumSet.of(ResultFlag.UNIQUE))));
        assertEquals(List.of("String s = \"[x]\";"), inputs(h.search("*[[]x]*", 10, Set.of())));
    }
}
