package io.vcgate.facade.problem;

import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Field names as the caller wrote them: {@code credentials.password}, {@code vm}, {@code wait}. */
final class Fields {

    private Fields() {
    }

    /**
     * A Bean Validation property path of a resource method ({@code abortCustomization.abortRequest.credentials.password})
     * without the method and the body parameter: {@code credentials.password}. A missing body is {@code body}.
     */
    static String of(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length <= 1) {
            return propertyPath;
        }
        if (parts.length == 2) {
            return parts[1].endsWith("Request") ? "body" : parts[1];
        }
        StringJoiner field = new StringJoiner(".");
        for (int i = parts[1].endsWith("Request") ? 2 : 1; i < parts.length; i++) {
            field.add(parts[i]);
        }
        return field.toString();
    }

    /** The JSON path Jackson was reading when it failed. */
    static String of(JsonMappingException e) {
        StringJoiner field = new StringJoiner(".");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.add(String.valueOf(reference.getIndex()));
            }
        }
        return field.toString();
    }
}
