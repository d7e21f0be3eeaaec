package io.easel.kernel.cell;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.Locale;

/**
 * A magic's usage mistake in the kernel's words: what was wrong, then the magic's synopsis, as in
 * {@code %export: unknown option --fromat (did you mean --format?). Usage: %export [figure] path... (--help for more)}.
 *
 * <p>Every magic, the kernel's and the display extension's alike, declares its options as a picocli command and lets
 * picocli's {@link ParameterException} out for a mistake; the kernel words it here, once, so no magic carries its own
 * parser or its own phrasing. The exception knows its command, so the synopsis is the command's own. A converter or
 * option setter that throws an {@link IllegalArgumentException} has already said what was wrong, so its message is
 * kept as it is.
 */
public final class MagicUsageError {

    private MagicUsageError() {
    }

    /** The message for {@code e}, without the magic's name, which the kernel puts in front. */
    public static String describe(ParameterException e) {
        String what = what(e);
        if (e.getCommandLine() == null) {
            return what;
        }
        return (what.endsWith(".") ? what.substring(0, what.length() - 1) : what) + ". Usage: "
                + synopsis(e.getCommandLine());
    }

    private static String what(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched.getUnmatched().get(0), unmatched.getSuggestions());
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec spec = missing.getMissing().get(0);
            return spec instanceof OptionSpec option ? option.longestName() + " needs a value"
                    : "give " + spec.paramLabel();
        }
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " " + conversion.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isEmpty() ? "bad arguments"
                : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }

    private static String unmatched(String argument, List<String> suggestions) {
        if (!argument.startsWith("-") || argument.equals("-")) {
            return "unexpected argument '" + argument + "'";
        }
        int eq = argument.indexOf('=');
        String option = eq > 0 ? argument.substring(0, eq) : argument;
        return "unknown option " + option
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)");
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) spec).paramLabel();
    }

    private static String synopsis(CommandLine command) {
        String synopsis = command.getHelp().synopsis(0).strip();
        return command.getCommandSpec().options().stream().filter(OptionSpec::usageHelp).findFirst()
                .map(help -> synopsis + " (" + help.longestName() + " for more)").orElse(synopsis);
    }
}
