package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON reading and writing for the wire, with the {@link JsonLimits} enforced while parsing, so a
 * hostile or broken document is refused before it can exhaust the stack or the heap.
 */
public final class Json {
    /** Levels the request envelope adds around the spec ({"spec": ...}). */
    static final int ENVELOPE_DEPTH = 2;

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    public Json(JsonLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + ENVELOPE_DEPTH)
                .maxDocumentLength(limits.maxJsonBytes())
                .maxStringLength((int) limits.maxJsonBytes())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.mapper = new ObjectMapper(factory)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public static Json withDefaults() {
        return new Json(JsonLimits.defaults());
    }

    public JsonLimits limits() {
        return limits;
    }

    /** Writes values this package built itself (maps, lists, records); they always serialize. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write a protocol message as JSON", e);
        }
    }

    /** Writes a document that came from a user and checks it against the size limit. */
    public byte[] writeLimited(Object value, String what) throws ProtocolException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(FigureErrorKind.BAD_SPEC, "The " + what + " could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
        checkSize(bytes.length, what);
        return bytes;
    }

    public Map<String, Object> readObject(byte[] bytes, String what) throws ProtocolException {
        checkSize(bytes.length, what);
        try {
            Map<String, Object> value = mapper.readValue(bytes, OBJECT);
            if (value == null) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The " + what + " is JSON null, not an object.");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw constraintViolation(what, e);
        } catch (IOException e) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The " + what + " is not a JSON object: "
                    + firstLine(e.getMessage()), e);
        }
    }

    public <T> T read(byte[] bytes, Class<T> type, String what) throws ProtocolException {
        checkSize(bytes.length, what);
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The " + what + " is JSON null.");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw constraintViolation(what, e);
        } catch (IOException e) {
            throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The " + what + " is not valid: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private void checkSize(long length, String what) throws ProtocolException {
        if (length > limits.maxJsonBytes()) {
            throw new ProtocolException(FigureErrorKind.TOO_LARGE, "The " + what + " is "
                    + JsonLimits.describeBytes(length) + " of JSON, over the limit of "
                    + JsonLimits.describeBytes(limits.maxJsonBytes())
                    + ". Pass numeric data as double[] columns (they travel as binary), or reduce the data.");
        }
    }

    private ProtocolException constraintViolation(String what, StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return new ProtocolException(FigureErrorKind.TOO_LARGE, "The " + what + " nests maps and lists deeper than "
                    + limits.maxDepth() + " levels. Flatten the spec; no figure needs that depth.", e);
        }
        return new ProtocolException(FigureErrorKind.TOO_LARGE, "The " + what + " is over a size limit: "
                + firstLine(message) + ". Reduce the data or pass numbers as double[] columns.", e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no details)";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
