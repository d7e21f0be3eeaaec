package io.easel.kernel;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.easel.kernel.outputs.BackgroundDisplays;
import io.easel.kernel.outputs.DisplaySlot;
import io.easel.kernel.session.SessionApi;
import io.easel.notebook.MimeBundle;
import io.easel.notebook.spi.LiveDisplay;
import io.easel.notebook.spi.NotebookBackend;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kernel's side of the notebook helpers a cell calls ({@code display}, {@code updateDisplay}, {@code render},
 * {@code clearOutput}, {@code Live}): values go through the kernel's renderers (figures through the display
 * extension's) and out on the request the cell belongs to.
 *
 * <p>Values of Easel's own API (figures) are drawn in the background ({@link BackgroundDisplays}): the cell goes on
 * while the renderer draws. The user's own objects are rendered at once on the cell's thread, where their
 * {@code toString()} can be interrupted.
 */
final class KernelNotebookBackend implements NotebookBackend {

    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type MAP = new TypeToken<Map<String, Object>>() {
    }.getType();

    /** What a live figure's frames are while its cell runs: the inline PNG (HiDPI) alone. */
    private static final List<String> PREVIEW_TYPES = List.of("image/png");

    private final EaselKernel kernel;
    private final SessionApi api;
    private final BackgroundDisplays displays;

    KernelNotebookBackend(EaselKernel kernel, SessionApi api, BackgroundDisplays displays) {
        this.kernel = kernel;
        this.api = api;
        this.displays = displays;
    }

    @Override
    public String display(Object value, List<String> mimeTypes) {
        if (drawnInBackground(value)) {
            return showInBackground(value, mimeTypes).displayId();
        }
        DisplayData data = renderData(value, mimeTypes);
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        kernel.display(data);
        return id;
    }

    @Override
    public void updateDisplay(String displayId, Object value, List<String> mimeTypes) {
        DisplaySlot slot = displays.find(displayId);
        if (slot == null && drawnInBackground(value) && displays.running() != null) {
            slot = displays.create(displayId, v -> renderData(v, mimeTypes));
        }
        if (slot != null) {
            slot.update(value);
        } else {
            kernel.updateDisplay(displayId, renderData(value, mimeTypes));
        }
    }

    @Override
    public LiveDisplay live(Object value) {
        return showInBackground(value, List.of(), true);
    }

    /**
     * Shows a placeholder at the value's place in the cell now (its text), and has the drawing replace it when done,
     * so the output keeps its order among the cell's other outputs while the cell goes on.
     */
    private DisplaySlot showInBackground(Object value, List<String> mimeTypes) {
        return showInBackground(value, mimeTypes, false);
    }

    /** A live output of a figure previews its frames as the PNG alone while the cell runs (see DisplaySlot). */
    private DisplaySlot showInBackground(Object value, List<String> mimeTypes, boolean live) {
        String id = UUID.randomUUID().toString();
        DisplaySlot slot = live && drawnInBackground(value)
                ? displays.createLive(id, v -> renderData(v, mimeTypes), v -> drawnInBackground(v)
                        ? renderData(v, PREVIEW_TYPES) : renderData(v, mimeTypes))
                : displays.create(id, v -> renderData(v, mimeTypes));
        DisplayData placeholder = new DisplayData();
        placeholder.putText(drawnInBackground(value) ? String.valueOf(value) : "(drawing...)");
        placeholder.setDisplayId(id);
        kernel.display(placeholder);
        slot.update(value);
        return slot;
    }

    private boolean drawnInBackground(Object value) {
        return value != null && api.owns(value.getClass());
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
