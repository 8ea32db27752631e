package org.gioreport.core.model;

import jakarta.validation.Valid;

/** 二、主动公开政府信息情况. {@code otherServices} and {@code procurement} exist only in the 2019 edition. */
public record ActiveDisclosure(
        @Valid DocumentCounts regulations,
        @Valid DocumentCounts normativeDocuments,
        @Valid ItemCounts licensing,
        @Valid ItemCounts otherServices,
        @Valid ItemCounts penalties,
        @Valid ItemCounts coercion,
        @Valid Fees fees,
        @Valid Procurement procurement) {
}
