package io.stackup.core.template.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a Jackson tree from parse events without recursion, so that any input gives problems rather than a stack
 * overflow: it limits nesting and the number of nodes (counting what YAML aliases expand to), reports a duplicate
 * field (keeping the first) and knows the path of the current position for parse errors.
 */
final class TreeBuilder {

    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 1_000_000;

    /** Thrown to stop reading once the input cannot be read further; the problem is already recorded. */
    static final class Abort extends RuntimeException {
        Abort() {
            super(null, null, false, false);
        }
    }

    private static final class Frame {
        final JsonNode node;
        final String path;
        final @Nullable String anchor;
        final long nodesAtStart;

        @Nullable
        String pendingName;

        boolean discardNext;

        Frame(JsonNode node, String path, @Nullable String anchor, long nodesAtStart) {
            this.node = node;
            this.path = path;
            this.anchor = anchor;
            this.nodesAtStart = nodesAtStart;
        }
    }

    private record Anchored(JsonNode node, long size) {}

    private final Problems problems;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private @Nullable JsonNode root;
    private long nodes;
    private int skipDepth;

    TreeBuilder(Problems problems) {
        this.problems = problems;
    }

    /** The root, once the whole value has been read; {@code null} before. */
    @Nullable
    JsonNode root() {
        return stack.isEmpty() ? root : null;
    }

    boolean expectsName() {
        return skipDepth == 0 && !stack.isEmpty() && stack.peek().node.isObject() && stack.peek().pendingName == null;
    }

    /** The path of the value being read, for a problem found there. */
    String path() {
        if (stack.isEmpty()) {
            return "$";
        }
        Frame top = stack.peek();
        if (top.node.isObject()) {
            return top.pendingName == null ? top.path : Problems.member(top.path, top.pendingName);
        }
        return Problems.index(top.path, top.node.size());
    }

    void name(String name) {
        if (skipDepth > 0) {
            return;
        }
        Frame top = stack.element();
        top.pendingName = name;
        if (((ObjectNode) top.node).has(name)) {
            problems.add(path(), "duplicate field '" + name + "'");
            top.discardNext = true;
        }
    }

    void startObject(@Nullable String anchor) {
        start(JsonNodeFactory.instance.objectNode(), anchor);
    }

    void startArray(@Nullable String anchor) {
        start(JsonNodeFactory.instance.arrayNode(), anchor);
    }

    private void start(JsonNode container, @Nullable String anchor) {
        if (skipDepth > 0 || discarding()) {
            skipDepth++;
            return;
        }
        if (stack.size() >= MAX_DEPTH) {
            problems.add(path(), "nested deeper than " + MAX_DEPTH + " levels");
            throw new Abort();
        }
        String path = path();
        count(1);
        attach(container);
        stack.push(new Frame(container, path, anchor, nodes));
    }

    void end() {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        Frame done = stack.pop();
        if (done.anchor != null) {
            anchors.put(done.anchor, new Anchored(done.node, nodes - done.nodesAtStart + 1));
        }
    }

    void value(JsonNode value, @Nullable String anchor) {
        if (skipDepth > 0 || discarding()) {
            return;
        }
        count(1);
        attach(value);
        if (anchor != null) {
            anchors.put(anchor, new Anchored(value, 1));
        }
    }

    /** A YAML alias: the anchored value again (shared, never copied), counted at its full size. */
    void alias(String anchor) {
        if (skipDepth > 0 || discarding()) {
            return;
        }
        Anchored anchored = anchors.get(anchor);
        if (anchored == null) {
            problems.add(path(), "alias '*" + anchor + "' names no complete anchored value before it");
            throw new Abort();
        }
        count(anchored.size());
        attach(anchored.node());
    }

    private boolean discarding() {
        Frame top = stack.peek();
        if (top != null && top.discardNext) {
            top.discardNext = false;
            top.pendingName = null;
            return true;
        }
        return false;
    }

    private void count(long more) {
        nodes += more;
        if (nodes > MAX_NODES) {
            problems.add(path(), "more than " + MAX_NODES + " values");
            throw new Abort();
        }
    }

    private void attach(JsonNode value) {
        Frame top = stack.peek();
        if (top == null) {
            root = value;
        } else if (top.node instanceof ObjectNode object) {
            object.set(top.pendingName, value);
            top.pendingName = null;
        } else {
            ((ArrayNode) top.node).add(value);
        }
    }
}
