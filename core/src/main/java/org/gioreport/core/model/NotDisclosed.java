package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 三（三）不予公开, rows 1–8. */
public record NotDisclosed(
        @Valid ApplicantCounts stateSecret,
        @Valid ApplicantCounts prohibitedByLaw,
        @Valid ApplicantCounts securityStability,
        @Valid ApplicantCounts thirdPartyRights,
        @Valid ApplicantCounts internalAffairs,
        @Valid ApplicantCounts processInformation,
        @Valid ApplicantCounts enforcementFiles,
        @Valid ApplicantCounts queryMatters) {
}
