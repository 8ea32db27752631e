package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 三（四）无法提供, rows 1–3. */
public record UnableToProvide(
        @Valid ApplicantCounts notHeld,
        @Valid ApplicantCounts needsCreation,
        @Valid ApplicantCounts unclearAfterCorrection) {
}
