package org.gioreport.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    record LineCount(int lines) {
    }

    @Test
    void aViewIsMadeOnceForTheDocumentAndNotSharedWithAnEqualOne() {
        AtomicInteger made = new AtomicInteger();
        SourceDocument document = SourceDocument.ofText("a.txt", "本年新收\n1 2 3");
        SourceDocument twin = SourceDocument.ofText("a.txt", "本年新收\n1 2 3");

        Function<SourceDocument, LineCount> countLines = d -> {
            made.incrementAndGet();
            return new LineCount(d.lines().size());
        };

        LineCount first = document.view(LineCount.class, countLines);
        LineCount again = document.view(LineCount.class, countLines);
        LineCount twins = twin.view(LineCount.class, countLines);

        assertSame(first, again);
        assertEquals(2, first.lines());
        assertEquals(document, twin);
        assertNotSame(first, twins);
        assertEquals(2, made.get(), "once for each document object");
    }

    @Test
    void componentsAreCopiedAndNullsBecomeEmpty() {
        SourceDocument d = new SourceDocument("a.html", "text/html", null, null, null);
        assertEquals("", d.text());
        assertEquals(Map.of(), d.metadata());
        assertEquals(List.of(), d.tables());
        assertEquals(List.of(""), d.lines());
    }
}
