package vn.motcua.ui.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads request parameters and collects one clear message per bad field. */
final class QueryParameters {

    private final Map<String, String> errors = new LinkedHashMap<>();

    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    Boolean booleanValue(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.put(field, "must be true or false");
                yield null;
            }
        };
    }

    int intValue(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "must be a whole number from " + min + " to " + max);
        return min;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }
}
