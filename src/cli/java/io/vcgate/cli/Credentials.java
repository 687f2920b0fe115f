package io.vcgate.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

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

    static Credentials resolve(Map<String, String> env, Path file) {
        Path from = file != null ? file
                : env.get("VCGATE_CREDENTIALS_FILE") != null && !env.get("VCGATE_CREDENTIALS_FILE").isEmpty()
                        ? Path.of(env.get("VCGATE_CREDENTIALS_FILE")) : null;
        if (from != null) {
            return fromFile(from);
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

    private static Credentials fromFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw CommandFailure.usage("the credentials file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String user = p.getProperty("user");
        String password = p.getProperty("password");
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw CommandFailure.usage("the credentials file " + file + " needs a user=... and a password=... line");
        }
        return checked(user, password.toCharArray());
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
