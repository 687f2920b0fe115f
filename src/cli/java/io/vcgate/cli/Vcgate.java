package io.vcgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * {@code vcgate}: guest customization from a pipeline, through a vcgate gateway. Built on the facade's
 * generated Java client only (io.vcgate:vcgate-client); the exit codes are {@link Exit}'s.
 */
@Command(name = "vcgate", mixinStandardHelpOptions = true, versionProvider = Vcgate.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Check, follow and abort vSphere guest customization through a vcgate gateway.", ""},
        subcommands = {StatusCommand.class, WaitCommand.class, AbortCommand.class, TaskCommand.class,
                VcentersCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%n",
        footer = {"Exit codes:",
                "  0  SUCCEEDED; the Task succeeded; the read was answered",
                "  1  FAILED (its event and guest log printed); the Task failed;",
                "     vCenter refused the abort",
                "  2  --timeout (wait) or --wait (abort, task) ran out first",
                "  3  usage: a bad option, duration, time, id or URL; no credentials",
                "     (nothing was sent)",
                "  4  credentials or privileges refused (HTTP 401, 403)",
                "  5  gateway or vCenter unavailable (after retries on 429, 502, 503,",
                "     504 and no answer)",
                "  6  no such VM, Task or vCenter (HTTP 404)",
                "",
                "Environment: VCGATE_URL, VCGATE_USER, VCGATE_PASSWORD,",
                "VCGATE_CREDENTIALS_FILE, VCGATE_CACERT, VCGATE_GUEST_USER,",
                "VCGATE_GUEST_PASSWORD. Credentials never go on the command line."})
public final class Vcgate {
    /** The options given before the subcommand; each subcommand completes its own with them. */
    @picocli.CommandLine.Mixin
    GlobalOptions options;

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    final Clock clock;

    Vcgate(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), out, err, Clock.systemUTC());
        out.flush();
        System.exit(code);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        CommandLine line = new CommandLine(new Vcgate(env, out, err, clock));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((e, a) -> {
            err.println("vcgate: error: " + e.getMessage().replaceAll("\\p{Cntrl}", "?") + " (see vcgate --help)");
            return Exit.USAGE.code;
        });
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CommandFailure f) {
                err.println("vcgate: error: " + f.getMessage());
                return f.exit.code;
            }
            err.println("vcgate: error: " + e.getClass().getSimpleName() + " (a defect of the command; please report it)");
            return Exit.UNAVAILABLE.code;
        });
        return line.execute(args);
    }

    /** The build's version, written by pom.xml next to this class (version.txt; native images include it). */
    static String version() {
        try (java.io.InputStream in = Vcgate.class.getResourceAsStream("version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vcgate " + version()};
        }
    }
}
