package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports that name their body in one place only, as held-out real ones do (issue 24, item 3), read end to end
 * through {@code normalize} as texts and HTML pages (src/test/resources/metadata, made by make-metadata.py): the
 * sentence announcing the report, a title without 政府, a CMS page's info bar. A page naming its body only in its
 * chrome (the page head's site name, 来源：, 上一篇, the footer's 主办单位) keeps its organization null.
 */
class BodyNamedOnceReportsTest {

    static final Path METADATA = Path.of("src", "test", "resources", "metadata");

    private static NormalizationResult read(Path tmp, String file) throws Exception {
        Path input = METADATA.resolve(file);
        NormalizationResult r = CliRun.normalize(tmp.resolve("r.jsonl"), input.toString()).get(0);
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report());
        assertEquals(score.judged, score.correct, score::toString);
        return r;
    }

    @ParameterizedTest
    @CsvSource({
        "announcing-sentence-2020.txt, 益阳高新区市场监督管理局, web-page",
        "announcing-sentence-2023.html, 泰州医药高新区(高港区)商务局, structured-table",
        "title-without-zhengfu-2021.txt, 会同县林业局, cell-dump",
        "info-bar-2022.html, 医药高新区(高港区)商务局, structured-table",
        "info-bar-2020.txt, 凤台县柳林乡人民政府, web-page"})
    void theBodyNamedInOnePlaceIsTheOrganization(String file, String organization, String format, @TempDir Path tmp)
            throws Exception {
        NormalizationResult r = read(tmp, file);
        assertEquals(format, r.format());
        assertEquals(organization, r.report().organization());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().equals("ORGANIZATION_MISSING")),
                r.diagnostics()::toString);
    }

    @Test
    void anInfoBarsPostingDateIsNotTheReportsDate(@TempDir Path tmp) throws Exception {
        assertEquals("2023-02-16", read(tmp, "info-bar-2022.html").report().publishedOn());
    }

    @Test
    void aBodyNamedOnlyInPageChromeIsNoOrganization(@TempDir Path tmp) throws Exception {
        NormalizationResult r = read(tmp, "only-page-chrome-names-the-body-2020.txt");
        assertNull(r.report().organization());
        assertEquals(List.of("organization"), r.diagnostics().stream()
                .filter(d -> d.code().equals("ORGANIZATION_MISSING")).map(d -> d.path()).toList());
    }
}
