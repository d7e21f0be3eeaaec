package io.easel.renderer.engine;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.IntFunction;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * One zlib stream (what a PNG's IDAT holds) made of bands deflated independently, so the bands of one image can be
 * compressed on both cores at once: deflate is the largest single cost of an inline figure, and a figure drawn while
 * the other core is idle should not wait for one core to do all of it.
 *
 * <p>Each band is raw deflate ended by a sync flush (the last one by the final block), so the bands' outputs
 * concatenate into one valid deflate stream; the zlib header and the Adler-32 of the whole input, combined from the
 * bands' own checksums, frame it. The cost is one restarted 32 KB window per band, under 1 % of the size for
 * bands of a megabyte. Bands are produced by the caller's function inside the task, so only the bands being
 * compressed are in memory, not the whole filtered image.
 */
final class BandedDeflate {

    /** Uncompressed bytes per band: large enough that the window restarts cost nothing, small enough to split. */
    static final int BAND_BYTES = 1 << 20;
    private static final int ADLER_BASE = 65521;

    private BandedDeflate() {
    }

    /**
     * Deflates {@code bands} pieces, {@code band.apply(i)} giving the bytes of piece i, into one zlib stream at
     * the given level. Runs on the common fork-join pool with the calling thread taking part.
     */
    static byte[] zlib(int bands, IntFunction<byte[]> band, int level) {
        List<BandTask> tasks = new ArrayList<>(bands);
        for (int i = 0; i < bands; i++) {
            tasks.add(new BandTask(band, i, i == bands - 1, level));
        }
        if (bands == 1) {
            tasks.get(0).invoke();
        } else {
            ForkJoinTask.invokeAll(tasks);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                tasks.stream().mapToInt(t -> t.getRawResult().length).sum() + 6);
        out.write(0x78); // deflate, 32 KB window
        out.write(0x5E); // FLEVEL 1 (fast), no preset dictionary, header check bits
        long adler = 1;
        for (BandTask task : tasks) {
            byte[] compressed = task.getRawResult();
            out.write(compressed, 0, compressed.length);
            adler = combineAdler(adler, task.adler, task.length);
        }
        out.write((int) (adler >>> 24));
        out.write((int) (adler >>> 16));
        out.write((int) (adler >>> 8));
        out.write((int) adler);
        return out.toByteArray();
    }

    /** Adler-32 of A followed by B, from the checksums of each and B's length (as zlib's adler32_combine). */
    static long combineAdler(long adlerA, long adlerB, long lengthB) {
        long remainder = lengthB % ADLER_BASE;
        long sum1 = adlerA & 0xFFFF;
        long sum2 = (remainder * sum1) % ADLER_BASE;
        sum1 += (adlerB & 0xFFFF) + ADLER_BASE - 1;
        sum2 += ((adlerA >>> 16) & 0xFFFF) + ((adlerB >>> 16) & 0xFFFF) + ADLER_BASE - remainder;
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum2 >= 2L * ADLER_BASE) {
            sum2 -= 2L * ADLER_BASE;
        }
        if (sum2 >= ADLER_BASE) {
            sum2 -= ADLER_BASE;
        }
        return sum1 | (sum2 << 16);
    }

    private static final class BandTask extends RecursiveTask<byte[]> {
        private final IntFunction<byte[]> band;
        private final int index;
        private final boolean last;
        private final int level;
        private long adler;
        private long length;

        BandTask(IntFunction<byte[]> band, int index, boolean last, int level) {
            this.band = band;
            this.index = index;
            this.last = last;
            this.level = level;
        }

        @Override
        protected byte[] compute() {
            byte[] input = band.apply(index);
            Adler32 checksum = new Adler32();
            checksum.update(input);
            adler = checksum.getValue();
            length = input.length;
            Deflater deflater = new Deflater(level, true);
            try {
                deflater.setInput(input);
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, input.length / 8));
                byte[] buffer = new byte[1 << 16];
                if (last) {
                    deflater.finish();
                    while (!deflater.finished()) {
                        out.write(buffer, 0, deflater.deflate(buffer));
                    }
                } else {
                    int n;
                    do { // a sync flush is complete once it no longer fills the buffer
                        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                        out.write(buffer, 0, n);
                    } while (n == buffer.length);
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        }
    }
}
