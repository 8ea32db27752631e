package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import org.gioreport.core.validation.ColumnsBalance;
import org.gioreport.core.validation.OutcomesAddUp;

/** 三、收到和处理政府信息公开申请情况: one {@link ApplicantCounts} row per template row. */
@ColumnsBalance
@OutcomesAddUp
public record Applications(
        @JsonPropertyDescription("一、本年新收政府信息公开申请数量.")
        @Valid ApplicantCounts newlyReceived,
        @JsonPropertyDescription("二、上年结转政府信息公开申请数量.")
        @Valid ApplicantCounts carriedOver,
        @JsonPropertyDescription("三（一）予以公开.")
        @Valid ApplicantCounts disclosed,
        @JsonPropertyDescription("三（二）部分公开.")
        @Valid ApplicantCounts partiallyDisclosed,
        @JsonPropertyDescription("三（三）不予公开, rows 1–8.")
        @Valid NotDisclosed notDisclosed,
        @JsonPropertyDescription("三（四）无法提供, rows 1–3.")
        @Valid UnableToProvide unableToProvide,
        @JsonPropertyDescription("三（五）不予处理, rows 1–5.")
        @Valid NotProcessed notProcessed,
        @JsonPropertyDescription("三（六）其他处理: as stated (2019), or the sum of otherHandlingDetail, listed in derived (2021).")
        @Valid ApplicantCounts otherHandling,
        @JsonPropertyDescription("三（六）其他处理 split into three rows (2021 edition only; null in 2019).")
        @Valid OtherHandlingDetail otherHandlingDetail,
        @JsonPropertyDescription("三（七）总计: all applications handled.")
        @Valid ApplicantCounts totalHandled,
        @JsonPropertyDescription("四、结转下年度继续办理.")
        @Valid ApplicantCounts carriedForward) {
}
