package io.easel.kernel.cell;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A magic's words, split as the kernel splits them and parsed by picocli, and how the kernel words each mistake. */
class MagicUsageErrorTest {

    @Command(name = "%demo", customSynopsis = "%%demo [--offline] [--width W] file...")
    static final class Demo {
        @Option(names = {"--offline", "-o"})
        boolean offline;

        @Option(names = "--width", paramLabel = "W")
        double width;

        @Option(names = "--format", converter = Shouting.class)
        String format;

        @Option(names = "--help", usageHelp = true)
        boolean help;

        @Parameters(paramLabel = "file", arity = "1..*")
        List<String> files = new ArrayList<>();
    }

    /** A converter that says itself what is wrong, as the magics' converters do. */
    static final class Shouting implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals(value.toUpperCase())) {
                throw new IllegalArgumentException("--format is written in capitals, e.g. PNG; got '" + value + "'.");
            }
            return value;
        }
    }

    private static Demo parse(String words) {
        Demo demo = new Demo();
        new CommandLine(demo).parseArgs(MagicArguments.split(words).toArray(String[]::new));
        return demo;
    }

    private static String error(String words) {
        return MagicUsageError.describe(assertThrows(ParameterException.class, () -> parse(words)));
    }

    private static final String USAGE = ". Usage: %demo [--offline] [--width W] file... (--help for more)";

    @Test
    void quotedValuesWithSpacesAndALongBooleanFlag() {
        Demo demo = parse("--offline 'my folder/a file.txt' --width=\"12.5\" \"b c\"");
        assertTrue(demo.offline);
        assertEquals(12.5, demo.width);
        assertEquals(List.of("my folder/a file.txt", "b c"), demo.files);
        assertTrue(parse("-o x").offline, "the short spelling");
        assertTrue(!parse("x").offline, "off unless given");
    }

    @Test
    void anUnknownOptionIsNamedWithWhatWasMeant() {
        assertEquals("unknown option --fromat" + USAGE, error("x --fromat png"));
        assertEquals("unknown option --widht (did you mean --width?)" + USAGE, error("x --widht=3"));
    }

    @Test
    void aMissingValueNamesTheOption() {
        assertEquals("--width needs a value" + USAGE, error("x --width"));
        assertEquals("give file" + USAGE, error("--offline"));
    }

    @Test
    void aBadNumberNamesTheOptionAndTheValue() {
        assertEquals("--width 'wide' is not a double" + USAGE, error("x --width wide"));
    }

    @Test
    void aConvertersOwnMessageIsKept() {
        assertEquals("--format is written in capitals, e.g. PNG; got 'png'" + USAGE, error("x --format png"));
    }

    @Test
    void anUnexpectedArgumentIsQuoted() {
        @Command(name = "%none", customSynopsis = "%%none")
        final class None {
        }
        ParameterException e = assertThrows(ParameterException.class,
                () -> new CommandLine(new None()).parseArgs("extra"));
        assertEquals("unexpected argument 'extra'. Usage: %none", MagicUsageError.describe(e));
    }
}
