package org.gioreport.formats.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class WebPageLayoutTest {

    private static final Path CORPUS = Path.of("../corpus/files");
    private final WebPageLayout plugin = new WebPageLayout();

    @Test
    void realWebPageCopyIsReadAndItsGarbledDateStaysNull() throws Exception {
        Path seed = Seeds.text("004_3ad5b18b41354741");
        FixtureRunner.scoreSeeds(plugin, "004_3ad5b18b41354741").assertAllCorrect(1, 201);
        var e = FixtureRunner.normalize(plugin, seed);
        var v = ReportPaths.flatten(e.report());
        assertEquals(39437281, ((Number) v.get("activeDisclosure.procurement.amount")).intValue());
        assertEquals("晋江市陈埭镇人民政府", v.get("organization"));
        assertNull(v.get("publishedOn"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("DATE_GARBLED")));
    }

    @Test
    void generatedWebPageCopiesAreReadExactly() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("web-page"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void plainPdftotextOutputIsReadWithoutAWrongValueWhereLabelsDriftFromTheirNumbers() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("pdftotext"), null).assertNothingWrongOrInvented(12, 2478);
    }

    @Test
    void webPageWithACutRowLeavesThatRowNull() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("damaged"), "syn04-.*").assertAllCorrect(1, 202);
    }
}
