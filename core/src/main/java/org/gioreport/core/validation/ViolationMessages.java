package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a cross-check break on one property with a message computed from the numbers. */
final class ViolationMessages {

    private ViolationMessages() {
    }

    /** Adds a violation at {@code nodes} (e.g. "totalHandled", "naturalPerson") below the validated bean. */
    static void report(ConstraintValidatorContext context, String message, String... nodes) {
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(escape(message));
        if (nodes.length == 0) {
            builder.addConstraintViolation();
            return;
        }
        var node = builder.addPropertyNode(nodes[0]);
        for (int i = 1; i < nodes.length; i++) {
            node = node.addPropertyNode(nodes[i]);
        }
        node.addConstraintViolation();
    }

    /** Message templates treat braces, dollar signs and backslashes specially; computed text must not. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    static String offBy(long stated, long computed) {
        long diff = stated - computed;
        return "off by " + (diff > 0 ? "+" : "") + diff;
    }
}
