package io.vcgate.facade;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.vcgate.core.InvalidInput;

/**
 * Instants in query parameters ({@code since}): RFC 3339 with an offset, e.g. {@code 2026-11-29T10:15:00Z}.
 * One that does not parse is a 400 problem naming the parameter, not the 404 JAX-RS gives a failed conversion.
 */
@Provider
public class InstantParameter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != OffsetDateTime.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<OffsetDateTime>() {
            @Override
            public OffsetDateTime fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidInput("since", "must be an RFC 3339 instant with an offset, such as 2026-11-29T10:15:00Z");
                }
            }

            @Override
            public String toString(OffsetDateTime value) {
                return value.toString();
            }
        };
    }
}
