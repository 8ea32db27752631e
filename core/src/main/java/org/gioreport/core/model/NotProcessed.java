package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 三（五）不予处理, rows 1–5. */
public record NotProcessed(
        @Valid ApplicantCounts complaints,
        @Valid ApplicantCounts duplicates,
        @Valid ApplicantCounts publications,
        @Valid ApplicantCounts excessive,
        @Valid ApplicantCounts confirmations) {
}
