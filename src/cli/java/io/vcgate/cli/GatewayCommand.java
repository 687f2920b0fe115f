package io.vcgate.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;

/** What every subcommand that calls the gateway shares: the options, the printer, the gateway. */
abstract class GatewayCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    @ParentCommand
    Vcgate root;

    /** Checks the command's own arguments before the gateway is opened (a usage error sends nothing). */
    void check() {
    }

    abstract Exit run(Gateway gateway, Printer printer);

    @Override
    public final Integer call() {
        options = options.completedBy(root.options);
        Printer.Mode mode = switch (options.output) {
            case "json" -> Printer.Mode.JSON;
            case "text" -> terminal() ? Printer.Mode.LIVE : Printer.Mode.LOG;
            default -> throw CommandFailure.usage("--output: text or json, not " + Durations.quoted(options.output));
        };
        try (Printer printer = new Printer(mode, root.out, root.err, io.vcgate.client.ApiClient.createDefaultObjectMapper(), root.clock)) {
            try {
                check();
                Gateway gateway = Gateway.open(options, root.env, printer, root.clock);
                return run(gateway, printer).code;
            } catch (Gateway.CallFailed e) {
                CommandFailure f = e.failure.toCommandFailure();
                printer.error(f);
                return f.exit.code;
            } catch (CommandFailure f) {
                printer.error(f);
                return f.exit.code;
            }
        }
    }

    /** Whether stdout is a terminal (a person watching) rather than a log or a pipe. */
    private static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+: System.console() exists when redirected too; Console.isTerminal() tells
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true; // before Java 22, System.console() is null unless stdin and stdout are a terminal
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return false; // in doubt, a log: no escape sequences in a CI log
        }
    }
}
