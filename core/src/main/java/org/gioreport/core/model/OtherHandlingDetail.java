package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 三（六）其他处理 split into three rows (2021 edition only). */
public record OtherHandlingDetail(
        @JsonPropertyDescription("1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请.")
        @Valid ApplicantCounts overdueCorrection,
        @JsonPropertyDescription("2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请.")
        @Valid ApplicantCounts unpaidFees,
        @JsonPropertyDescription("3. 其他.")
        @Valid ApplicantCounts other) {
}
