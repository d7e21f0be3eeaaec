package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.ColumnFiles;
import io.easel.protocol.ErrorReply;
import io.easel.protocol.Json;
import io.easel.protocol.Message;
import io.easel.protocol.MessageType;
import io.easel.protocol.ProtocolException;
import io.easel.protocol.RenderReply;
import io.easel.protocol.RenderRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Render requests from encoding to answer: the spec becomes a signed-ready message before anything waits, the
 * supervisor supplies a renderer and watches the request for a hang, and the reply is turned into images or a
 * {@link RenderFailedException}. Keeps the counters a status line shows. Thread-safe.
 */
final class RequestChannel {
    private final RendererSupervisor supervisor;
    private final RendererClock clock;
    private final Json json;
    private final long timeoutMillis;
    private final LatencyWindow latencies = new LatencyWindow(1000);
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong requestIds = new AtomicLong();
    private final ColumnDirectory columns;

    RequestChannel(RendererSupervisor supervisor, RendererClock clock, Json json, RendererSettings settings,
                   ColumnDirectory columns) {
        this.supervisor = supervisor;
        this.columns = columns;
        this.clock = clock;
        this.json = json;
        this.timeoutMillis = settings.requestTimeout().toMillis();
    }

    /**
     * Sends a render once a renderer is ready; {@code onSent} runs just before the request goes to it. Cancelling
     * the returned future withdraws the request from the renderer (a CANCEL message), which frees its worker; the
     * request then counts as finished, neither rendered nor failed, and no hang watch fires for it.
     */
    CompletableFuture<List<RenderedImage>> render(Map<String, Object> spec, double width, double height,
                                                  List<OutputRequest> outputs, Runnable onSent) {
        CompletableFuture<List<RenderedImage>> result = new CompletableFuture<>();
        String id = "r" + requestIds.incrementAndGet();
        Message request;
        ColumnFiles files = columns.forRequests();
        try {
            request = new RenderRequest(spec, width, height, outputs).toMessage(id, timeoutMillis, json, files);
        } catch (NullPointerException | IllegalArgumentException e) {
            errors.incrementAndGet();
            result.completeExceptionally(new RenderFailedException(FigureErrorKind.BAD_REQUEST,
                    e.getMessage() == null ? "spec, outputs and their elements must not be null" : e.getMessage()));
            return result;
        } catch (ProtocolException e) {
            errors.incrementAndGet();
            result.completeExceptionally(new RenderFailedException(e.kind(), e.getMessage()));
            return result;
        }
        long startNanos = clock.nanoTime();
        AtomicReference<RendererHandle> sentTo = new AtomicReference<>();
        if (files != null) {
            // the renderer deletes the file once read; one it never read (a crash, a cancel) goes here
            result.whenComplete((images, error) -> files.delete(id));
        }
        result.whenComplete((images, error) -> {
            RendererHandle renderer = sentTo.get();
            if (result.isCancelled() && renderer != null) {
                renderer.cancel(id);
            }
        });
        supervisor.requestStarted();
        supervisor.acquire().whenComplete((renderer, startError) -> {
            if (startError != null) {
                finish(result, startNanos, null, RenderFailedException.from(startError));
                return;
            }
            sentTo.set(renderer);
            if (result.isCancelled()) {
                finish(result, startNanos, null, null);
                return;
            }
            onSent.run();
            Future<?> deadline = supervisor.watchForHang(renderer, result);
            renderer.call(request).whenComplete((reply, callError) -> {
                deadline.cancel(false);
                if (callError != null) {
                    finish(result, startNanos, null, RenderFailedException.from(callError));
                    return;
                }
                try {
                    finish(result, startNanos, decode(reply), null);
                } catch (RenderFailedException e) {
                    finish(result, startNanos, null, e);
                }
            });
            // a cancel that came between sentTo.set and the call found nothing to withdraw yet
            if (result.isCancelled()) {
                renderer.cancel(id);
            }
        });
        return result;
    }

    /** Renders answered and failed so far, and the median latency of the recent ones. */
    record Counters(long renders, long errors, double medianLatencyMillis) {
    }

    Counters counters() {
        return new Counters(renders.get(), errors.get(), latencies.medianMillis());
    }

    private void finish(CompletableFuture<List<RenderedImage>> result, long startNanos, List<RenderedImage> images,
                        RenderFailedException failure) {
        supervisor.requestFinished();
        if (result.isCancelled()) {
            return; // the caller withdrew it: neither a render nor an error
        }
        if (failure == null) {
            renders.incrementAndGet();
            latencies.add(clock.nanoTime() - startNanos);
            result.complete(images);
        } else {
            errors.incrementAndGet();
            supervisor.renderFailed();
            result.completeExceptionally(failure);
        }
    }

    private List<RenderedImage> decode(Message reply) {
        try {
            if (reply.type() == MessageType.ERROR) {
                ErrorReply error = ErrorReply.fromMessage(reply, json);
                throw new RenderFailedException(error.kind(), error.message());
            }
            if (reply.type() != MessageType.RENDER_REPLY) {
                throw new RenderFailedException(FigureErrorKind.INTERNAL, "The renderer answered a render "
                        + "request with a " + reply.type().wireName() + " message.");
            }
            return RenderReply.fromMessage(reply, json).images();
        } catch (ProtocolException | IllegalArgumentException e) {
            throw new RenderFailedException(FigureErrorKind.INTERNAL, "The renderer's reply could not be read: "
                    + e.getMessage(), e);
        }
    }
}
