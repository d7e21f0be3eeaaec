package io.easel.rendermanager;

/**
 * Run in a child JVM by {@link OrphanTest}: starts a renderer, prints its pid, then either waits to be
 * killed ("wait") or exits normally without closing anything ("exit").
 */
public final class OrphanProbe {
    private OrphanProbe() {
    }

    public static void main(String[] args) throws Exception {
        RendererManager manager = RendererManager.shared();
        long pid = manager.start().join().pid();
        System.out.println("RENDERER-PID " + pid);
        System.out.flush();
        if (args.length > 0 && args[0].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
