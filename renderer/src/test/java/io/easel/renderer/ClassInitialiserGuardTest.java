package io.easel.renderer;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cancelled render's worker is stopped by force only outside static initialisers: ThreadDeath inside one leaves the
 * class unusable for the rest of the renderer's life (CancelTest met "Could not initialize class SvgColors").
 */
class ClassInitialiserGuardTest {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    static final class SlowToInitialise {
        static final int VALUE;

        static {
            ENTERED.countDown();
            try {
                RELEASE.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            VALUE = 42;
        }
    }

    @Test
    void aThreadInsideAStaticInitialiserIsSeenAsSuch() throws Exception {
        Thread initialising = new Thread(() -> {
            int ignored = SlowToInitialise.VALUE;
        });
        initialising.start();
        assertTrue(ENTERED.await(10, TimeUnit.SECONDS));
        try {
            assertTrue(RenderJob.initialisingAClass(initialising.getStackTrace()));
        } finally {
            RELEASE.countDown();
            initialising.join(10_000);
        }
        assertFalse(RenderJob.initialisingAClass(Thread.currentThread().getStackTrace()));
        assertTrue(SlowToInitialise.VALUE == 42);
    }
}
