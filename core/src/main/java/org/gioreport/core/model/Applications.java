package org.gioreport.core.model;

import jakarta.validation.Valid;
import org.gioreport.core.validation.ColumnsBalance;
import org.gioreport.core.validation.OutcomesAddUp;

/** 三、收到和处理政府信息公开申请情况: one {@link ApplicantCounts} row per template row. */
@ColumnsBalance
@OutcomesAddUp
public record Applications(
        @Valid ApplicantCounts newlyReceived,
        @Valid ApplicantCounts carriedOver,
        @Valid ApplicantCounts disclosed,
        @Valid ApplicantCounts partiallyDisclosed,
        @Valid NotDisclosed notDisclosed,
        @Valid UnableToProvide unableToProvide,
        @Valid NotProcessed notProcessed,
        @Valid ApplicantCounts otherHandling,
        @Valid OtherHandlingDetail otherHandlingDetail,
        @Valid ApplicantCounts totalHandled,
        @Valid ApplicantCounts carriedForward) {
}
