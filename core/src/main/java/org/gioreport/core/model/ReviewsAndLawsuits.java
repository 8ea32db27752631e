package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 四、政府信息公开行政复议、行政诉讼情况. */
public record ReviewsAndLawsuits(
        @Valid OutcomeCounts review,
        @Valid OutcomeCounts lawsuitDirect,
        @Valid OutcomeCounts lawsuitAfterReview) {
}
