package dev.sentag;

import dev.sentag.cli.SentagCommand;
import dev.sentag.workspace.LogFile;

/**
 * The jar's entry point: no arguments (or only {@code --db PATH}) open the window, any other
 * arguments run the command line. It must not
 * extend {@code Application}, or the JavaFX launcher would insist on module-path loading of the jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogFile.install(LogFile.defaultFolder());
        if (args.length == 0) {
            App.main(args);
            return;
        }
        if (args.length == 2 && args[0].equals("--db")) {
            App.main(new String[] {"--db=" + args[1]});
            return;
        }
        System.exit(SentagCommand.run(args, System.in, System.out, System.err));
    }
}
