package org.gioreport.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gioreport.cli.CliRun;
import org.gioreport.engine.internal.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * Without {@code --timeout}, an input's limit grows with its pages read by OCR, so an ordinary 6-page scan is not
 * cut on a small machine; a {@code --timeout} the user sets is the whole limit, OCR included.
 */
class TimeoutDefaultTest {

    @Test
    void withoutTimeoutASixPageScanHasItsMinuteAndThirtySecondsForEachPageReadByOcr() {
        TimeLimit limit = NormalizeCommand.timeLimit(null);
        assertEquals(Duration.ofSeconds(60), limit.of(0));
        assertEquals(Duration.ofSeconds(240), limit.of(6));
    }

    @Test
    void aTimeoutTheUserSetsIsTheWholeLimitOcrIncluded() {
        assertEquals(Duration.ofSeconds(45), NormalizeCommand.timeLimit(45L).of(6));
        assertTrue(NormalizeCommand.timeLimit(0L).unlimited());
    }

    @Test
    void theHelpSaysHowTheLimitGrowsAndWhatASetTimeoutMeans() {
        String help = CliRun.of("normalize", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("Default: 60, and 30 more for each page read by OCR (a 6-page scan: 240); when set,"
                + " it is the whole limit of each input, OCR included."), help);
    }
}
