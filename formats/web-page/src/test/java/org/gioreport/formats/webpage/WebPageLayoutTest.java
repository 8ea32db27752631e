package org.gioreport.formats.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.FixtureRunner;
import org.junit.jupiter.api.Test;

class WebPageLayoutTest {

    private static final Path SEEDS = Path.of("src/test/resources/web-page");
    private static final Path CORPUS = Path.of("../corpus/files");
    private final WebPageLayout plugin = new WebPageLayout();

    @Test
    void realWebPageCopyIsReadAndItsGarbledDateStaysNull() throws Exception {
        Path seed = SEEDS.resolve("004_3ad5b18b41354741.txt");
        ExpectedValues.Score s = FixtureRunner.score(plugin, FixtureRunner.fixtures(SEEDS, null));
        assertEquals(s.judged, s.correct, s::toString);
        var e = FixtureRunner.normalize(plugin, seed);
        var v = ReportPaths.flatten(e.report());
        assertEquals(39437281, ((Number) v.get("activeDisclosure.procurement.amount")).intValue());
        assertEquals("晋江市陈埭镇人民政府", v.get("organization"));
        assertNull(v.get("publishedOn"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("DATE_GARBLED")));
    }

    @Test
    void generatedWebPageCopiesAreReadExactly() throws Exception {
        ExpectedValues.Score s = FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("web-page"), null));
        assertEquals(s.judged, s.correct, s::toString);
    }

    @Test
    void plainPdftotextOutputIsReadWithoutAWrongValueWhereLabelsDriftFromTheirNumbers() throws Exception {
        ExpectedValues.Score s = FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("pdftotext"), null));
        assertEquals(0, s.wrong, s::toString);
        assertEquals(0, s.invented, s::toString);
        assertTrue(s.percentCorrect() >= 94, s::toString);
    }

    @Test
    void webPageWithACutRowLeavesThatRowNull() throws Exception {
        ExpectedValues.Score s = FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("damaged"), "syn04-.*"));
        assertEquals(s.judged, s.correct, s::toString);
    }
}
