package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.gioreport.core.validation.Count;

/** 行政许可 / 其他对外管理服务事项 / 行政处罚 / 行政强制. {@code change} (本年增/减) may be negative. */
public record ItemCounts(
        @JsonPropertyDescription("上一年项目数量 (2019 edition).")
        @Count Integer previousYear,
        @JsonPropertyDescription("本年增/减 (2019 edition); may be negative.")
        Integer change,
        @JsonPropertyDescription("处理决定数量 (2019) / 本年处理决定数量 (2021).")
        @Count Integer decisions) {
}
