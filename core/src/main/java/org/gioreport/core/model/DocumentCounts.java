package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.gioreport.core.validation.Count;

/** 规章 / 规范性文件: the 2019 columns (newlyMade…) and the 2021 columns (issued…); the other edition's are null. */
public record DocumentCounts(
        @JsonPropertyDescription("本年新制作数量 (2019 edition).")
        @Count Integer newlyMade,
        @JsonPropertyDescription("本年新公开数量 (2019 edition).")
        @Count Integer newlyPublished,
        @JsonPropertyDescription("对外公开总数量 (2019 edition).")
        @Count Integer totalPublished,
        @JsonPropertyDescription("本年制发件数 (2021 edition).")
        @Count Integer issued,
        @JsonPropertyDescription("本年废止件数 (2021 edition).")
        @Count Integer repealed,
        @JsonPropertyDescription("现行有效件数 (2021 edition).")
        @Count Integer inForce) {
}
