package io.easel.display;

import io.easel.rendermanager.RendererManager;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Easel's display extension, found by the kernel through the JJava {@link Extension} SPI: figures become Jupyter
 * display data (a cell's value, {@code display(fig)}, {@code updateDisplay(id, fig)}), the {@code %figures},
 * {@code %export} and {@code %renderer} magics appear, and cells can use Plot, Figure and Format without imports.
 *
 * <p>The renderer process starts in the background as the extension installs, while the kernel's Java session is
 * still being built, so the first figure does not wait for a JVM to start; {@code EASEL_RENDERER_PRESTART=false} turns that off. It stops when the kernel shuts down.
 */
public final class EaselDisplayExtension implements Extension {

    static final String PRESTART_VARIABLE = "EASEL_RENDERER_PRESTART";

    private static final Logger LOG = LoggerFactory.getLogger(EaselDisplayExtension.class);

    private final Supplier<RendererManager> managers;
    private final Map<String, String> environment;
    private final FigureSettings kernelSettings;
    private final AtomicReference<FigureSettings> settings;
    private final LastFigure lastFigure = new LastFigure();
    private final AtomicReference<RendererManager> used = new AtomicReference<>();

    /** The extension the kernel loads: the process-wide renderer, settings from the environment. */
    public EaselDisplayExtension() {
        this(RendererManager::shared, System.getenv());
    }

    EaselDisplayExtension(Supplier<RendererManager> managers, Map<String, String> environment) {
        this.managers = managers;
        this.environment = environment;
        this.kernelSettings = kernelSettings(environment);
        this.settings = new AtomicReference<>(kernelSettings);
    }

    /** A bad EASEL_FIGURE_FORMATS must not keep the kernel from starting: it is logged, and the defaults apply. */
    private static FigureSettings kernelSettings(Map<String, String> environment) {
        try {
            return FigureSettings.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            LOG.warn("{} Using the defaults ({}).", e.getMessage(), FigureSettings.defaults().describe());
            return FigureSettings.defaults();
        }
    }

    FigureSettings settings() {
        return settings.get();
    }

    @Override
    public void install(BaseKernel kernel) {
        FigureImageSource images = new ManagedImageSource(this::manager);
        new FigureRenderFunction(images, settings, lastFigure).registerWith(kernel.getRenderer());
        kernel.getMagicsRegistry()
                .registerLineMagic("figures", new FiguresMagic(settings, kernelSettings))
                .registerLineMagic("export", new ExportMagic(images, settings, lastFigure))
                .registerLineMagic("renderer", new RendererMagic(this::manager));
        // first: the kernel's Java session may still be building, and the import below waits for it
        if (prestartWanted()) {
            try {
                manager().prestart();
            } catch (RuntimeException e) {
                // the first figure reports the same problem where the user sees it
                LOG.warn("The figure renderer could not be started in the background: {}", e.getMessage());
            }
        }
        kernel.evalRaw("import io.easel.plot.*;");
    }

    @Override
    public void uninstall(BaseKernel kernel) {
        RendererManager manager = used.get();
        if (manager != null) {
            manager.stop();
        }
    }

    boolean prestartWanted() {
        return !"false".equalsIgnoreCase(environment.getOrDefault(PRESTART_VARIABLE, "true").strip());
    }

    private RendererManager manager() {
        RendererManager manager = managers.get();
        used.set(manager);
        return manager;
    }
}
