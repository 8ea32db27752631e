package org.gioreport.engine.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading a hostile exception never hangs and never throws. */
@Timeout(30)
class ThrowableTextTest {

    @Test
    void aCauseChainThatIsACycleIsReadOnceAroundAndEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertEquals(2, ThrowableText.chain(a).size());
        assertEquals("a (RuntimeException: b)", ThrowableText.rootMessage(a));
        assertFalse(ThrowableText.causedBy(a, IOException.class));
    }

    @Test
    void aMessageThatThrowsIsReplacedByAPlaceholder() {
        RuntimeException hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no");
            }
        };

        assertTrue(ThrowableText.describe(hostile).contains("its message cannot be read: IllegalStateException"),
                ThrowableText.describe(hostile));
    }

    @Test
    void aMessageThatOverflowsTheStackIsReplacedByAPlaceholder() {
        RuntimeException hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                return getMessage();
            }
        };

        assertTrue(ThrowableText.rootMessage(hostile).contains("StackOverflowError"));
    }

    @Test
    void aGetCauseThatThrowsEndsTheChain() {
        RuntimeException hostile = new RuntimeException("outer") {
            @Override
            public synchronized Throwable getCause() {
                throw new IllegalStateException();
            }
        };

        assertEquals(1, ThrowableText.chain(hostile).size());
        assertTrue(ThrowableText.rootMessage(hostile).matches(".*ThrowableTextTest\\$\\d+: outer"), ThrowableText.rootMessage(hostile));
    }

    @Test
    void aLongChainIsCut() {
        Throwable e = new RuntimeException("root");
        for (int i = 0; i < 1000; i++) {
            e = new RuntimeException("level " + i, e);
        }

        assertEquals(ThrowableText.MAX_CHAIN, ThrowableText.chain(e).size());
    }
}
