package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 二、主动公开政府信息情况. {@code otherServices} and {@code procurement} exist only in the 2019 edition. */
public record ActiveDisclosure(
        @JsonPropertyDescription("规章: documents made, published, in force.")
        @Valid DocumentCounts regulations,
        @JsonPropertyDescription("规范性文件 (2021: 行政规范性文件): documents made, published, in force.")
        @Valid DocumentCounts normativeDocuments,
        @JsonPropertyDescription("行政许可: items and decisions.")
        @Valid ItemCounts licensing,
        @JsonPropertyDescription("其他对外管理服务事项 (2019 edition only; null in 2021).")
        @Valid ItemCounts otherServices,
        @JsonPropertyDescription("行政处罚: items and decisions.")
        @Valid ItemCounts penalties,
        @JsonPropertyDescription("行政强制: items and decisions.")
        @Valid ItemCounts coercion,
        @JsonPropertyDescription("行政事业性收费: items (2019) or the amount collected (2021).")
        @Valid Fees fees,
        @JsonPropertyDescription("政府集中采购 (2019 edition only; null in 2021).")
        @Valid Procurement procurement) {
}
