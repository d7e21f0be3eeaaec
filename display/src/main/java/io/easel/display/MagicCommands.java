package io.easel.display;

import picocli.CommandLine;

import java.util.List;

/**
 * Reads a magic's words into its picocli command, the one parser of every Easel magic. The display's magics take
 * options in any case ({@code --WIDTH}) and let a repeated option's last value win, as they always have. A mistake
 * leaves as picocli's ParameterException; the kernel words it, with the command's synopsis, as
 * {@code MagicError: %export: unknown option --fromat. Usage: ...}.
 */
final class MagicCommands {

    private MagicCommands() {
    }

    /** Fills {@code command} from {@code args}; false when they asked for --help, which is then printed instead. */
    static boolean parse(Object command, List<String> args) {
        CommandLine line = new CommandLine(command).setOptionsCaseInsensitive(true).setOverwrittenOptionsAllowed(true);
        line.parseArgs(args.toArray(String[]::new));
        boolean help = line.isUsageHelpRequested();
        if (help) {
            line.usage(System.out);
        }
        return !help;
    }
}
