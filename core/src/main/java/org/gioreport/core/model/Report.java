package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
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
        String schemaVersion,
        @JsonPropertyDescription("报告主体, as written in the title or signature.")
        String organization,
        @JsonPropertyDescription("统计年度.")
        @PlausibleYear Integer reportYear,
        @JsonPropertyDescription("落款日期 as an ISO date, or null when the document does not state it legibly.")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String publishedOn,
        @JsonPropertyDescription("Template edition: \"2019\" (国办公开办函〔2019〕60号) or \"2021\" (国办公开办函〔2021〕30号).")
        @Pattern(regexp = "2019|2021") String edition,
        @Valid ActiveDisclosure activeDisclosure,
        @Valid Applications applications,
        @Valid ReviewsAndLawsuits reviewsAndLawsuits,
        Narrative narrative) {

    public static final String SCHEMA_VERSION = "1";
}
