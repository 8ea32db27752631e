package org.gioreport.core.model;

import org.gioreport.core.validation.Count;
import org.gioreport.core.validation.RowTotalAddsUp;

/** One row of the applications table, by applicant (申请人情况): six kinds and the 总计. */
@RowTotalAddsUp
public record ApplicantCounts(
        @Count Integer naturalPerson,
        @Count Integer business,
        @Count Integer research,
        @Count Integer publicWelfare,
        @Count Integer legalService,
        @Count Integer other,
        @Count Integer total) {

    /** The columns in template order, total last. */
    public static final java.util.List<String> COLUMNS = java.util.List.of(
            "naturalPerson", "business", "research", "publicWelfare", "legalService", "other", "total");
}
