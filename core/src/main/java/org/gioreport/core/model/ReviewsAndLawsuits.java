package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 四、政府信息公开行政复议、行政诉讼情况. */
public record ReviewsAndLawsuits(
        @JsonPropertyDescription("行政复议.")
        @Valid OutcomeCounts review,
        @JsonPropertyDescription("行政诉讼, 未经复议直接起诉.")
        @Valid OutcomeCounts lawsuitDirect,
        @JsonPropertyDescription("行政诉讼, 复议后起诉.")
        @Valid OutcomeCounts lawsuitAfterReview) {
}
