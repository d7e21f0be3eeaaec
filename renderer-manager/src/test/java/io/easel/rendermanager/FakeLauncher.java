package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Launches {@link FakeRenderer}s, or fails, or waits until the test lets the launch finish. */
final class FakeLauncher implements Launcher {
    final List<FakeRenderer> launched = new CopyOnWriteArrayList<>();
    volatile int attempts;
    volatile boolean failing;
    volatile CountDownLatch hold = new CountDownLatch(0);

    @Override
    public RendererHandle launch(RendererLogFile log) {
        attempts++;
        try {
            hold.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failing) {
            throw new RenderFailedException(FigureErrorKind.START_FAILED, "fake launch " + attempts + " failed");
        }
        FakeRenderer renderer = new FakeRenderer();
        launched.add(renderer);
        return renderer;
    }

    FakeRenderer last() {
        return launched.get(launched.size() - 1);
    }
}
