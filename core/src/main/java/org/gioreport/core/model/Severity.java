package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
