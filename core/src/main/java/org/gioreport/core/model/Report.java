package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.gioreport.core.validation.EditionMatchesYear;
import org.gioreport.core.validation.PlausibleYear;

/**
 * The canonical annual report (政府信息公开工作年度报告), as fixed by the result contract ({@code docs/result-contract.md}).
 * Every number is nullable: {@code null} means the document did not state it with confidence.
 */
@EditionMatchesYear
public record Report(
        @JsonPropertyDescription("Version of the canonical schema, always \"1\".")
        @NotNull String schemaVersion,
        @JsonPropertyDescription("报告主体, as written in the title or signature.")
        String organization,
        @JsonPropertyDescription("统计年度.")
        @PlausibleYear Integer reportYear,
        @JsonPropertyDescription("落款日期 as an ISO date, or null when the document does not state it legibly.")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])") String publishedOn,
        @JsonPropertyDescription("Template edition: \"2019\" (国办公开办函〔2019〕60号) or \"2021\" (国办公开办函〔2021〕30号).")
        @Pattern(regexp = "2019|2021") String edition,
        @JsonPropertyDescription("二、主动公开政府信息情况.")
        @Valid ActiveDisclosure activeDisclosure,
        @JsonPropertyDescription("三、收到和处理政府信息公开申请情况.")
        @Valid Applications applications,
        @JsonPropertyDescription("四、政府信息公开行政复议、行政诉讼情况.")
        @Valid ReviewsAndLawsuits reviewsAndLawsuits,
        @JsonPropertyDescription("Optional free text of sections 一, 五 and 六.")
        Narrative narrative) {

    public static final String SCHEMA_VERSION = "1";
}
