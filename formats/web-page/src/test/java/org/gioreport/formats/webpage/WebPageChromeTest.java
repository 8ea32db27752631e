package org.gioreport.formats.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.FixtureRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Report pages as a crawler or a copy-paste gives them (src/test/resources/web-page): long navigation menus, a
 * breadcrumb, an info bar, the title far down, link lists and the site's footer after the report. The metadata comes
 * from the title and the signature only; chrome never gives it.
 */
class WebPageChromeTest {

    private static final Path PAGES = Path.of("src/test/resources/web-page");
    private final WebPageLayout plugin = new WebPageLayout();

    @Test
    void everyPageIsReadExactlyTablesIncluded() throws Exception {
        FixtureRunner.score(plugin, PAGES, null).assertAllCorrect(7, 4 * 211 + 3 * 202);
    }

    @ParameterizedTest(name = "{0}: organization {1}, year {2}, signed {3}")
    @CsvSource(nullValues = "null", value = {
        // breadcrumb ending in the body, 来源 in the info bar, link lists with 局/委/会 and an event in the footer
        "county-bureau-cms-2021, 青川县卫生健康局, 2023, 2024-01-25",
        // every field behind a crawler's label; the body only in 标题：, the signature only a date
        "crawler-labelled-2019, 临江市规划和自然资源局, 2020, 2021-01-13",
        // the title names no year: the year is the statistics period's (统计期限为2021年1月1日至…)
        "town-period-only-2021, 柳溪镇人民政府, 2021, 2022-01-18",
        // the body named only in a breadcrumb, an info bar's 来源 and link lists: none of them is the organization
        "body-only-in-chrome-2019, null, 2019, 2020-02-10",
        // a sidebar of other years' reports before the title, （2024年度） after it, body and date on one line
        "bureau-year-in-brackets-2021, 北河市生态环境局, 2024, 2025-01-22",
        // a title without its body: the signature names it, not the news list with dates after it
        "street-signature-only-2021, 安和市东城区桂花街道办事处, 2022, 2023-01-16",
        // a title wrapped inside its report name below the menus, a date in Chinese numerals
        "bureau-wrapped-title-2019, 江北市市场监督管理局, 2020, 2021-01-11"})
    void metadataComesFromTheTitleAndTheSignatureNeverFromChrome(String page, String organization, int year,
            String signed) throws Exception {
        Path input = PAGES.resolve(page + ".txt");
        var extraction = FixtureRunner.normalize(plugin, input);
        var values = ReportPaths.flatten(extraction.report());
        assertEquals(organization, values.get("organization"));
        assertEquals(year, values.get("reportYear"));
        assertEquals(signed, values.get("publishedOn"));
        assertEquals(organization, ExpectedValues.load(ExpectedValues.besideInput(input)).values().get("organization"),
                "the expected file says the same");
        var codes = extraction.diagnostics().stream().map(d -> d.code()).toList();
        assertEquals(organization == null, codes.contains("ORGANIZATION_MISSING"), codes::toString);
        assertTrue(!codes.contains("YEAR_MISSING"), codes::toString);
    }
}
