package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 三（六）其他处理 split into three rows (2021 edition only). */
public record OtherHandlingDetail(
        @Valid ApplicantCounts overdueCorrection,
        @Valid ApplicantCounts unpaidFees,
        @Valid ApplicantCounts other) {
}
