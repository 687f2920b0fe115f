package io.vcgate.facade.edge;

/**
 * A {@code /v1} path exactly as sent, before the HTTP layer normalises, decodes or strips it: what it
 * would reinterpret is refused (400 naming the path), so that no request silently addresses another id
 * than the one written. Refused: matrix parameters ({@code ;}, which JAX-RS strips from a segment), any
 * percent-encoding (ids, Task ids and vCenter names are letters, digits, {@code -} and {@code _}, so an
 * encoded character can only smuggle a {@code /}, {@code \}, {@code .}, {@code %} or {@code ;}),
 * backslashes, dot segments and empty segments (a trailing {@code /} included).
 */
final class RawPaths {

    private RawPaths() {
    }

    /** Why the raw path would be reinterpreted, or null. */
    static String problem(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.indexOf(';') >= 0) {
            return "must not contain ';' (matrix parameters would be stripped from the id)";
        }
        if (raw.indexOf('%') >= 0) {
            return "must not be percent-encoded (ids are letters, digits, - and _)";
        }
        if (raw.indexOf('\\') >= 0) {
            return "must not contain '\\'";
        }
        int start = 1;
        while (start <= raw.length()) {
            int end = raw.indexOf('/', start);
            String segment = raw.substring(start, end < 0 ? raw.length() : end);
            if (segment.equals(".") || segment.equals("..")) {
                return "must not contain dot segments ('.' or '..')";
            }
            if (segment.isEmpty()) {
                return "must not contain empty segments ('//', or a '/' at the end)";
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return null;
    }
}
