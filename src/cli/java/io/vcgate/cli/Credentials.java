package io.vcgate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller's vCenter credentials, sent to the gateway as HTTP Basic. Read from {@code VCGATE_USER} and
 * {@code VCGATE_PASSWORD}, or from a credentials file ({@code --credentials-file}, {@code VCGATE_CREDENTIALS_FILE}:
 * {@code user=...} and {@code password=...} lines), never from the command line, which other users of the
 * machine can read in {@code ps}. {@link #toString()} never shows the password.
 */
final class Credentials {
    private final String user;
    private final char[] password;

    private Credentials(String user, char[] password) {
        this.user = user;
        this.password = password;
    }

    static Credentials resolve(Map<String, String> env, Path file, Printer printer) {
        Path from = file != null ? file
                : env.get("VCGATE_CREDENTIALS_FILE") != null && !env.get("VCGATE_CREDENTIALS_FILE").isEmpty()
                        ? Path.of(env.get("VCGATE_CREDENTIALS_FILE")) : null;
        if (from != null) {
            return fromFile(from, printer);
        }
        String user = env.get("VCGATE_USER");
        String password = env.get("VCGATE_PASSWORD");
        if (user == null || user.isEmpty()) {
            throw CommandFailure.usage("no credentials: set VCGATE_USER and VCGATE_PASSWORD, or use --credentials-file FILE");
        }
        if (password == null || password.isEmpty()) {
            throw CommandFailure.usage("no password: VCGATE_USER is set, VCGATE_PASSWORD is not (or use --credentials-file FILE)");
        }
        return checked(user, password.toCharArray());
    }

    /**
     * {@code user=...} and {@code password=...} lines, each value taken as written after the first '=' (a
     * a Windows user written DOMAIN, backslash, name keeps its backslash, a password its spaces); blank lines and {@code #} comments skipped.
     */
    private static Credentials fromFile(Path file, Printer printer) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailure.usage("the credentials file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        warnIfOthersCanRead(file, printer);
        String user = null;
        String password = null;
        for (String line : lines) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.stripLeading().startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            String key = eq < 0 ? l.strip() : l.substring(0, eq).strip();
            String value = eq < 0 ? "" : l.substring(eq + 1);
            if (key.equals("user")) {
                user = value;
            } else if (key.equals("password")) {
                password = value;
            }
        }
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw CommandFailure.usage("the credentials file " + file + " needs a user=... and a password=... line");
        }
        return checked(user, password.toCharArray());
    }

    private static void warnIfOthersCanRead(Path file, Printer printer) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.GROUP_READ)) {
                printer.warn("the credentials file " + file + " can be read by other users (chmod 600 " + file + ")");
            }
        } catch (IOException | UnsupportedOperationException notPosix) {
            // nothing to say on a file system without POSIX permissions
        }
    }

    private static Credentials checked(String user, char[] password) {
        if (user.indexOf(':') >= 0 || user.length() > 256 || password.length > 512
                || user.chars().anyMatch(Character::isISOControl)) {
            throw CommandFailure.usage("the user name cannot hold ':' or control characters, and user and password must be "
                    + "at most 256 and 512 characters");
        }
        return new Credentials(user, password);
    }

    String user() {
        return user;
    }

    String basicAuthorization() {
        byte[] raw = (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(raw);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }
}
