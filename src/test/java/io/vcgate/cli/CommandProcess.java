package io.vcgate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The vcgate command as a pipeline runs it: a process of its own, from what the build compiled into
 * target/command-classes and the jars it packs (picocli, Jackson), nothing of the gateway or the tests,
 * with only the environment a test gives it.
 */
final class CommandProcess {
    static final Path CLASSES = Path.of("target", "command-classes");

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** A command that is running; {@link #finish()} waits for its end. */
    static final class Running {
        final Process process;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread outPump;
        private final Thread errPump;

        Running(Process process) {
            this.process = process;
            this.outPump = pump(process.getInputStream(), out);
            this.errPump = pump(process.getErrorStream(), err);
        }

        /** Waits for the end; a command that never ends (a hang) fails the test after 5 minutes. */
        Result finish() {
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    fail("the command did not end: " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
                }
                outPump.join();
                errPump.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        private static Thread pump(InputStream in, ByteArrayOutputStream to) {
            Thread t = new Thread(() -> {
                try {
                    in.transferTo(to);
                } catch (IOException ended) {
                    // the process is gone
                }
            });
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

    private CommandProcess() {
    }

    static Result run(Map<String, String> env, String... args) {
        return start(env, args).finish();
    }

    static Running start(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(args));
        return launch(command, env);
    }

    /** The same command under a pseudo-terminal (util-linux {@code script}): the output a person sees. */
    static Result runOnATerminal(Map<String, String> env, String... args) {
        StringBuilder line = new StringBuilder();
        for (String part : javaCommand()) {
            line.append(quote(part)).append(' ');
        }
        for (String arg : args) {
            line.append(quote(arg)).append(' ');
        }
        return launch(List.of("script", "-qefc", line.toString(), "/dev/null"), env).finish();
    }

    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classpath(), "io.vcgate.cli.Vcgate");
    }

    private static Running launch(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("VCGATE_"));
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            return new Running(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath() {
        assertTrue(Files.isRegularFile(CLASSES.resolve("io/vcgate/cli/Vcgate.class")),
                "the build compiles the command into " + CLASSES + " (pom.xml, antrun execution command-classes)");
        List<String> parts = new ArrayList<>();
        parts.add(CLASSES.toAbsolutePath().toString());
        for (String packed : List.of("picocli.CommandLine", "com.fasterxml.jackson.core.JsonFactory",
                "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")) {
            parts.add(jarOf(packed));
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    private static String jarOf(String className) {
        try {
            Path jar = Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(jar.toString().endsWith(".jar"), className + " comes from a jar: " + jar);
            return jar.toString();
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(className + " is on the test classpath (pom.xml)", e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
