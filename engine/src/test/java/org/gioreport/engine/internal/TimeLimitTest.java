package org.gioreport.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A document's time limit grows by its allowance for each page read by OCR; a zero allowance is a fixed limit. */
class TimeLimitTest {

    private static final TimeLimit DEFAULT = new TimeLimit(Duration.ofSeconds(60), TimeLimit.DEFAULT_PER_OCR_PAGE);

    @Test
    void aSixPageScanGetsThirtySecondsAPageBesideTheDocumentsOwnMinute() {
        assertEquals(Duration.ofSeconds(60), DEFAULT.of(0));
        assertEquals(Duration.ofSeconds(240), DEFAULT.of(6));
        // the 5-page scan that took 62 s and was cut at 60 s now has 210 s
        assertTrue(DEFAULT.of(5).compareTo(Duration.ofSeconds(62 * 3)) > 0);
        assertEquals("240 s (60 s and 30 s for each of 6 pages read by OCR)", DEFAULT.describe(6));
        assertEquals("60 s", DEFAULT.describe(0));
    }

    @Test
    void aZeroAllowanceIsAFixedLimitAndAZeroLimitIsNone() {
        TimeLimit fixed = new TimeLimit(Duration.ofSeconds(45), Duration.ZERO);
        assertEquals(Duration.ofSeconds(45), fixed.of(6));
        assertEquals("45 s", fixed.describe(6));
        assertTrue(new TimeLimit(Duration.ZERO, TimeLimit.DEFAULT_PER_OCR_PAGE).unlimited());
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit(Duration.ofSeconds(-1), Duration.ZERO));
    }
}
