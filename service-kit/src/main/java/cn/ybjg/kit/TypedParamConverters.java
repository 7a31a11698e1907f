package cn.ybjg.kit;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts typed query and path parameters (dates, whole numbers, UUIDs) so that a value that does not parse is a
 * 400 naming the parameter. Without it Quarkus REST answers 404 for a query parameter it cannot convert (the JAX-RS
 * rule), which reads like "no such resource".
 */
@Provider
public class TypedParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date YYYY-MM-DD", true, Params::isoDate);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number between " + Integer.MIN_VALUE
                    + " and " + Integer.MAX_VALUE, rawType == Integer.class, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a whole number", rawType == Long.class, Long::valueOf);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", true, UUID::fromString);
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    /** {@code blankIsAbsent}: {@code from=} reads as no filter; a primitive ({@code page=}) has no "absent". */
    private record Converter<T>(String name, String expectation, boolean blankIsAbsent, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || (blankIsAbsent && value.isBlank())) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (RuntimeException e) {
                throw new BadParameterException(name, expectation);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
