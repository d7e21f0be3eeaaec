package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A numeric column as a raw frame: little-endian IEEE 754 doubles, 8 bytes each, no header. */
public final class Float64Frames {
    private Float64Frames() {
    }

    public static byte[] encode(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.multiplyExact(values.length, Double.BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    public static double[] decode(byte[] frame) throws ProtocolException {
        if (frame.length % Double.BYTES != 0) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "A binary column frame is " + frame.length
                    + " bytes, not a multiple of 8; it is not a float64 column.");
        }
        double[] values = new double[frame.length / Double.BYTES];
        ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }
}
