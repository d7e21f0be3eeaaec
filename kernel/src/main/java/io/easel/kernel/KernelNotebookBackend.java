package io.easel.kernel;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.easel.notebook.MimeBundle;
import io.easel.notebook.spi.NotebookBackend;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kernel's side of the notebook helpers a cell calls ({@code display}, {@code updateDisplay}, {@code render},
 * {@code clearOutput}): values go through the kernel's renderers (figures through the display extension's) and out
 * on the request the cell belongs to.
 */
final class KernelNotebookBackend implements NotebookBackend {

    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type MAP = new TypeToken<Map<String, Object>>() {
    }.getType();

    private final EaselKernel kernel;

    KernelNotebookBackend(EaselKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String display(Object value, List<String> mimeTypes) {
        DisplayData data = renderData(value, mimeTypes);
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        kernel.display(data);
        return id;
    }

    @Override
    public void updateDisplay(String displayId, Object value, List<String> mimeTypes) {
        kernel.updateDisplay(displayId, renderData(value, mimeTypes));
    }

    @Override
    public MimeBundle render(Object value, List<String> mimeTypes) {
        return toBundle(renderData(value, mimeTypes));
    }

    @Override
    public void clearOutput(boolean wait) {
        kernel.clearOutput(wait);
    }

    private DisplayData renderData(Object value, List<String> mimeTypes) {
        if (value instanceof MimeBundle bundle) {
            return toDisplayData(bundle);
        }
        return mimeTypes.isEmpty() ? kernel.getRenderer().render(value)
                : kernel.getRenderer().renderAs(value, mimeTypes.toArray(String[]::new));
    }

    /**
     * JJava's DisplayData has no accessor for all its types, only its JSON form (the one sent to Jupyter), which is
     * therefore the faithful way to read it.
     */
    static MimeBundle toBundle(DisplayData data) {
        Map<String, Object> json = GSON.fromJson(GSON.toJsonTree(data), MAP);
        return new MimeBundle(mapAt(json, "data"), mapAt(json, "metadata"));
    }

    static DisplayData toDisplayData(MimeBundle bundle) {
        DisplayData data = new DisplayData();
        bundle.data().forEach(data::putData);
        bundle.metadata().forEach(data::putMetaData);
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapAt(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }
}
