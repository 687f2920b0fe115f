package io.vcgate.core;

/**
 * Text that vCenter can carry: what a user name or a secret may not contain, checked before any backend
 * call (vim25 is XML 1.0, and SSO compares names as given). A message names the problem, never the value.
 */
public final class Texts {

    private Texts() {
    }

    /** Why {@code name} cannot be a user name, or null: no control characters, no lone surrogates, no XML-forbidden characters. */
    public static String notAName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                return String.format("contains a control character (U+%04X)", (int) c);
            }
        }
        return notXml(name);
    }

    /** Why {@code text} cannot be carried in vim25's XML, or null: lone surrogates and characters XML 1.0 forbids. */
    public static String notXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone surrogate (not a Unicode character)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone surrogate (not a Unicode character)";
            }
            if ((c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || c == 0xFFFE || c == 0xFFFF) {
                return "contains a character XML 1.0 forbids, which vCenter cannot take";
            }
        }
        return null;
    }

    /** Throws a 400 naming {@code field} when {@code problem} is not null. */
    public static void check(String field, String problem) {
        if (problem != null) {
            throw new InvalidInput(field, problem);
        }
    }
}
