package io.easel.rendermanager;

/**
 * Starts a renderer and returns it once it answers. The supervisor calls this on its lifecycle thread and owns
 * what it returns; {@link ProcessLauncher} launches a real JVM, tests give fakes.
 */
@FunctionalInterface
interface Launcher {
    /**
     * @param log where the renderer's output and the manager's notes about it go
     * @throws RenderFailedException of kind START_FAILED, saying why and what to do
     */
    RendererHandle launch(RendererLogFile log);
}
