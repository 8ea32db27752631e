package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.gioreport.cli.CliRun;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Web pages whose declared charset is not the one their bytes are in (a CMS template saying gbk around a UTF-8
 * body, or the reverse): the bytes decide, so the report reads as from the correctly declared page. The
 * fixtures are the generated corpus's syn01.html with its declaration changed (and, for the second, its
 * bytes re-encoded in GB18030); the expected values (syn01's) stand beside each.
 */
class HtmlCharsetTest {

    private static final Path FIXTURES = Path.of("src/test/resources/html-charset").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"declared-gbk-body-utf8.html", "declared-utf8-body-gbk.html"})
    void aPageWhoseDeclaredCharsetIsWrongIsReadByItsBytes(String page) throws Exception {
        NormalizationResult result = CliRun.of("normalize", FIXTURES.resolve(page)).results().get(0);
        NormalizationResult reference = CliRun.of("normalize", CliRun.corpus().resolve("html/syn01.html"))
                .results().get(0);

        assertEquals(Status.COMPLETE, result.status(), result.diagnostics().toString());
        assertEquals("清河县白石镇人民政府", result.report().organization());
        assertEquals(ReportPaths.flatten(reference.report()), ReportPaths.flatten(result.report()),
                "the same values as the correctly declared page");
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(FIXTURES.resolve(page))).score(result.report());
        score.assertAllCorrect(1, 202); // every field syn01.expected.json states
    }
}
