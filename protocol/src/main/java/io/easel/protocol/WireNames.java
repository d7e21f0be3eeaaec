package io.easel.protocol;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.Format;

import java.util.Locale;

/**
 * How plot's vocabulary is spelled on the wire: a constant's name in lower case ({@code png}, {@code jpeg}).
 * The names are part of the protocol, so they are written here once rather than wherever a message is built.
 */
final class WireNames {
    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** Reads an error kind; one this side does not know is {@link FigureErrorKind#INTERNAL}, a fault either way. */
    static FigureErrorKind kind(String name) {
        for (FigureErrorKind kind : FigureErrorKind.values()) {
            if (of(kind).equals(name)) {
                return kind;
            }
        }
        return FigureErrorKind.INTERNAL;
    }

    /** Reads a format by wire name (or any extension plot accepts, such as {@code jpg}). */
    static Format format(String name) throws ProtocolException {
        try {
            return Format.fromExtension(name);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(FigureErrorKind.UNSUPPORTED, e.getMessage(), e);
        }
    }
}
