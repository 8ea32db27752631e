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
 * A text report saved in another encoding than UTF-8, with or without a file extension: UTF-16 in either byte
 * order with or without a byte-order mark, UTF-8 with a mark, GB18030. Each is the generated corpus's
 * pdf-text/syn03.txt re-encoded (syn03's expected values beside it) and reads exactly as the UTF-8 original.
 */
class TextEncodingsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/text-encodings").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"utf16le-bom.txt", "utf16le-unmarked.txt", "utf16be-unmarked", "utf8-bom.txt",
            "gb18030-unmarked"})
    void aReportInAnyCommonEncodingReadsAsItsUtf8Original(String file) throws Exception {
        NormalizationResult result = CliRun.of("normalize", FIXTURES.resolve(file)).results().get(0);
        NormalizationResult original = CliRun.of("normalize", CliRun.corpus().resolve("pdf-text/syn03.txt"))
                .results().get(0);

        assertEquals(Status.COMPLETE, result.status(), result.diagnostics().toString());
        assertEquals("text/plain", result.source().mediaType());
        assertEquals("江屿市南湖区城市管理和综合执法局", result.report().organization());
        assertEquals(ReportPaths.flatten(original.report()), ReportPaths.flatten(result.report()),
                "the same values as the UTF-8 original");
        Path expected = FIXTURES.resolve(file.replaceFirst("\\.txt$", "") + ".expected.json");
        ExpectedValues.load(expected).score(result.report()).assertAllCorrect(1, 202);
    }
}
