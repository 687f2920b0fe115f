package io.vcgate.customization;

/**
 * One thing a watch tells its caller: a value (a status or a Task, with whether it ended the watch), the
 * timeout (with the last value), or the failure that ended the watch.
 */
public record Watched<T>(Kind kind, T value, boolean ended, Throwable failure) {

    public enum Kind { VALUE, TIMEOUT, ERROR }

    static <T> Watched<T> value(T value, boolean ended) {
        return new Watched<>(Kind.VALUE, value, ended, null);
    }

    static <T> Watched<T> timeout(T last) {
        return new Watched<>(Kind.TIMEOUT, last, false, null);
    }

    static <T> Watched<T> error(Throwable failure) {
        return new Watched<>(Kind.ERROR, null, false, failure);
    }
}
