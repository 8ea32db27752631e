package org.gioreport.core.model;

import org.gioreport.core.validation.Count;

/** 规章 / 规范性文件: the 2019 columns (newlyMade…) and the 2021 columns (issued…); the other edition's are null. */
public record DocumentCounts(
        @Count Integer newlyMade,
        @Count Integer newlyPublished,
        @Count Integer totalPublished,
        @Count Integer issued,
        @Count Integer repealed,
        @Count Integer inForce) {
}
