package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 三（五）不予处理, rows 1–5. */
public record NotProcessed(
        @JsonPropertyDescription("1. 信访举报投诉类申请.")
        @Valid ApplicantCounts complaints,
        @JsonPropertyDescription("2. 重复申请.")
        @Valid ApplicantCounts duplicates,
        @JsonPropertyDescription("3. 要求提供公开出版物.")
        @Valid ApplicantCounts publications,
        @JsonPropertyDescription("4. 无正当理由大量反复申请.")
        @Valid ApplicantCounts excessive,
        @JsonPropertyDescription("5. 要求行政机关确认或重新出具已获取信息.")
        @Valid ApplicantCounts confirmations) {
}
