package io.vcgate.cli;

import io.vcgate.client.model.Problem;

/**
 * Ends a command with an exit code and one line saying why (printed to stderr, and the problem, when the
 * gateway sent one, as JSON with {@code --output json}). Never carries a secret: messages are built from
 * the gateway's problem documents, which never hold one, and from the command's own words.
 */
final class CommandFailure extends RuntimeException {
    final Exit exit;
    final transient Problem problem;

    CommandFailure(Exit exit, String message) {
        this(exit, message, null);
    }

    CommandFailure(Exit exit, String message, Problem problem) {
        super(message, null, false, false);
        this.exit = exit;
        this.problem = problem;
    }

    static CommandFailure usage(String message) {
        return new CommandFailure(Exit.USAGE, message);
    }
}
