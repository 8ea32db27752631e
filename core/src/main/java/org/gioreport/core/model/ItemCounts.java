package org.gioreport.core.model;

import org.gioreport.core.validation.Count;

/** 行政许可 / 其他对外管理服务事项 / 行政处罚 / 行政强制. {@code change} (本年增/减) may be negative. */
public record ItemCounts(
        @Count Integer previousYear,
        Integer change,
        @Count Integer decisions) {
}
