package dev.sentag;

import dev.sentag.cli.SentagCommand;

/**
 * The jar's entry point: no arguments open the window, arguments run the command line. It must not
 * extend {@code Application}, or the JavaFX launcher would insist on module-path loading of the jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            App.main(args);
            return;
        }
        System.exit(SentagCommand.run(args, System.in, System.out, System.err));
    }
}
