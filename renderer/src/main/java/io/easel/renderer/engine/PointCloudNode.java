package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.jetbrains.letsPlot.datamodel.svg.dom.slim.DummySvgNode;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimNode;

/**
 * A point layer's slim group holding every marker of a big point cloud as two arrays of centres, all drawn with one
 * marker's attributes ({@link PointCloudLayer}). It stands in the DOM where Lets-Plot's own group of markers stood,
 * so everything that reads slim nodes reads it: SvgToString writes one {@code <circle>} per point as Lets-Plot
 * would, the PDF painter draws each; only the raster painter asks for the arrays and stamps the markers without
 * making a node per point.
 */
final class PointCloudNode extends DummySvgNode implements SvgSlimNode {
    /** A slim attribute; Lets-Plot's own implementations are internal to its module. */
    record Attribute(String key, String value) implements SvgSlimNode.Attr {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getValue() {
            return value;
        }
    }

    private final List<Attr> groupAttributes;
    private final SvgSlimNode marker;
    private final List<Attr> markerAttributes;
    private final double[] cx;
    private final double[] cy;

    /**
     * @param group  the slim group Lets-Plot made for the layer: its name and attributes are kept
     * @param marker one of its markers: every point is drawn as this one, moved to its centre
     */
    PointCloudNode(SvgSlimNode group, SvgSlimNode marker, double[] cx, double[] cy) {
        this.groupAttributes = copy(group.getAttributes());
        this.marker = marker;
        this.markerAttributes = copy(marker.getAttributes());
        this.cx = cx;
        this.cy = cy;
    }

    private static List<Attr> copy(Iterable<Attr> attributes) {
        List<Attr> list = new ArrayList<>();
        for (Attr attribute : attributes) {
            list.add(new Attribute(attribute.getKey(), attribute.getValue()));
        }
        return List.copyOf(list);
    }

    int size() {
        return cx.length;
    }

    double cx(int i) {
        return cx[i];
    }

    double cy(int i) {
        return cy[i];
    }

    /**
     * The fewest bytes the cloud's markers take in SVG text: each written with the marker's attributes, its centre
     * as two decimals of at least three characters ("0.0"). SvgToString's indentation comes on top.
     */
    long minimumSvgBytes() {
        long perMarker = "<".length() + marker.getElementName().length() + " />".length();
        for (Attr attribute : markerAttributes) {
            boolean centre = attribute.getKey().equals("cx") || attribute.getKey().equals("cy");
            perMarker += " =\"\"".length() + attribute.getKey().length()
                    + (centre ? "0.0".length() : attribute.getValue().length());
        }
        return perMarker * cx.length;
    }

    /** The marker every point is drawn as (its own centre is one of the points). */
    SvgSlimNode marker() {
        return marker;
    }

    @Override
    public String getElementName() {
        return "g";
    }

    @Override
    public Iterable<Attr> getAttributes() {
        return groupAttributes;
    }

    /** One marker node per point, made as it is read: writers that need nodes get them, one at a time. */
    @Override
    public Iterable<SvgSlimNode> getSlimChildren() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < cx.length;
            }

            @Override
            public SvgSlimNode next() {
                if (next >= cx.length) {
                    throw new NoSuchElementException();
                }
                return point(next++);
            }
        };
    }

    private SvgSlimNode point(int i) {
        List<Attr> attributes = new ArrayList<>(markerAttributes.size());
        for (Attr attribute : markerAttributes) {
            attributes.add(switch (attribute.getKey()) {
                case "cx" -> new Attribute("cx", Double.toString(cx[i]));
                case "cy" -> new Attribute("cy", Double.toString(cy[i]));
                default -> attribute;
            });
        }
        String name = marker.getElementName();
        return new SvgSlimNode() {
            @Override
            public String getElementName() {
                return name;
            }

            @Override
            public Iterable<Attr> getAttributes() {
                return attributes;
            }

            @Override
            public Iterable<SvgSlimNode> getSlimChildren() {
                return List.of();
            }
        };
    }
}
