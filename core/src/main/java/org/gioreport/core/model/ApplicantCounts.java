package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.gioreport.core.validation.Count;
import org.gioreport.core.validation.RowTotalAddsUp;

/** One row of the applications table, by applicant (申请人情况): six kinds and the 总计. */
@RowTotalAddsUp
public record ApplicantCounts(
        @JsonPropertyDescription("自然人: applications from natural persons.")
        @Count Integer naturalPerson,
        @JsonPropertyDescription("商业企业: applications from businesses.")
        @Count Integer business,
        @JsonPropertyDescription("科研机构: applications from research institutions.")
        @Count Integer research,
        @JsonPropertyDescription("社会公益组织: applications from public-welfare organisations.")
        @Count Integer publicWelfare,
        @JsonPropertyDescription("法律服务机构: applications from legal-service organisations.")
        @Count Integer legalService,
        @JsonPropertyDescription("其他: applications from other legal persons or organisations.")
        @Count Integer other,
        @JsonPropertyDescription("总计: the row total, which should equal the sum of the six columns before it.")
        @Count Integer total) {

    /** The columns in template order, total last. */
    public static final List<String> COLUMNS = List.of(
            "naturalPerson", "business", "research", "publicWelfare", "legalService", "other", "total");
}
