package io.easel.bench;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.Json;
import io.easel.protocol.LaunchKeys;
import io.easel.protocol.Message;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.MessageHeader;
import io.easel.protocol.MessageType;
import io.easel.protocol.SocketSecurity;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettingsLoader;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What CURVE costs a reply on the renderer socket. Renders two real replies once (a 100,000-point scatter as SVG, and
 * the default inline bundle of a 1,000-point line: PNG at scale 2, SVG, PDF), then moves each many times from a
 * ROUTER to a DEALER over loopback, each end in its own ZeroMQ context as in the two processes: once with CURVE as the
 * renderer socket uses it, once with ZeroMQ's NULL mechanism and the same frame limits. Both sign and verify with
 * HMAC and split into wire frames, so the difference is CURVE's alone. Times are from encoding the reply to the
 * decoded message on the other side.
 *
 * <p>Usage: {@code bench/curve-cost.sh [--iterations N]}
 */
public final class CurveCost {
    private CurveCost() {
    }

    private enum Transport { NULL, CURVE }

    public static void main(String[] args) throws Exception {
        int iterations = args.length == 2 && args[0].equals("--iterations") ? Integer.parseInt(args[1]) : 30;
        List<byte[]> scatter;
        List<byte[]> bundle;
        try (RendererManager manager = new RendererManager(RendererSettingsLoader.fromEnvironment())) {
            scatter = bytes(manager.renderBlocking(BenchFigures.scatter(100_000), 600, 400,
                    List.of(OutputRequest.of(Format.SVG))));
            bundle = bytes(manager.renderBlocking(BenchFigures.line(1_000), 600, 400,
                    List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG), OutputRequest.of(Format.PDF))));
        }
        System.out.println("| reply | bytes | NULL median ms (p90) | CURVE median ms (p90) | CURVE adds |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("100k-point scatter, SVG", scatter, iterations);
        row("1,000-point line, PNG@2 + SVG + PDF", bundle, iterations * 10);
    }

    private static void row(String name, List<byte[]> buffers, int iterations) throws Exception {
        Samples plain = measure(Transport.NULL, buffers, iterations);
        Samples curve = measure(Transport.CURVE, buffers, iterations);
        long total = buffers.stream().mapToLong(b -> b.length).sum();
        System.out.printf(Locale.ROOT, "| %s | %,d | %s (%s) | %s (%s) | %s |%n", name, total,
                Samples.ms(plain.median()), Samples.ms(plain.percentile(90)),
                Samples.ms(curve.median()), Samples.ms(curve.percentile(90)),
                Samples.ms(curve.median() - plain.median()));
    }

    private static Samples measure(Transport transport, List<byte[]> buffers, int iterations) throws Exception {
        LaunchKeys keys = LaunchKeys.random();
        MessageCodec codec = new MessageCodec(keys.signingKey(), Json.withDefaults());
        Message reply = new Message(MessageHeader.of("r", MessageType.RENDER_REPLY), "{}".getBytes(), buffers);
        Samples samples = new Samples();
        try (ZContext serverContext = new ZContext(1); ZContext clientContext = new ZContext(1)) {
            ZMQ.Socket router = serverContext.createSocket(SocketType.ROUTER);
            ZMQ.Socket dealer = clientContext.createSocket(SocketType.DEALER);
            if (transport == Transport.CURVE) {
                SocketSecurity.server(router, keys.forRenderer());
                SocketSecurity.client(dealer, keys);
            } else {
                for (ZMQ.Socket socket : List.of(router, dealer)) {
                    socket.setMaxMsgSize(MessageCodec.SOCKET_FRAME_LIMIT);
                    socket.setMsgAllocationHeapThreshold(0);
                }
                dealer.setProbeRouter(true);
            }
            int port = router.bindToRandomPort("tcp://127.0.0.1");
            dealer.connect("tcp://127.0.0.1:" + port);
            byte[] peer = router.recv(); // the DEALER's probe: the connection is up
            router.recv();
            int warmup = Math.max(3, iterations / 5);
            for (int i = 0; i < warmup + iterations; i++) {
                long t0 = System.nanoTime();
                List<byte[]> frames = codec.encode(reply);
                router.send(peer, ZMQ.SNDMORE);
                for (int f = 0; f < frames.size(); f++) {
                    router.send(frames.get(f), f < frames.size() - 1 ? ZMQ.SNDMORE : 0);
                }
                List<byte[]> received = new ArrayList<>(frames.size());
                received.add(dealer.recv());
                while (dealer.hasReceiveMore()) {
                    received.add(dealer.recv());
                }
                Message back = codec.decode(received);
                long nanos = System.nanoTime() - t0;
                if (back.buffers().size() != buffers.size()) {
                    throw new IllegalStateException("the reply lost buffers on the way");
                }
                if (i >= warmup) {
                    samples.add(nanos);
                }
            }
        }
        return samples;
    }

    private static List<byte[]> bytes(List<RenderedImage> images) {
        return images.stream().map(RenderedImage::bytes).toList();
    }
}
