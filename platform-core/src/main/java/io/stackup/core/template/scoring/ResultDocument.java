package io.stackup.core.template.scoring;

import io.stackup.core.template.Effort;
import io.stackup.core.template.RecommendationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Result} as docs/spec/api.md writes it, and back: levels as keys or {@code null}, unrounded scores, evidence
 * with {@code level} (gated) or {@code ratio} (weighted), rules by label or index. A result without an interview has no
 * {@code interview} field. What a completed interview stores, and what the API answers.
 */
public final class ResultDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultDocument() {}

    public static ObjectNode toJson(Result result) {
        ObjectNode json = NODES.objectNode();
        if (result.interview() != null) {
            json.put("interview", result.interview());
        }
        json.put("complete", result.complete());
        ObjectNode template = json.putObject("template");
        template.put("key", result.template().key());
        template.put("version", result.template().version());
        ObjectNode overall = json.putObject("overall");
        overall.put("level", result.overall().level());
        overall.put("score", result.overall().score());
        ArrayNode areas = json.putArray("areas");
        for (Result.AreaResult area : result.areas()) {
            ObjectNode a = areas.addObject();
            a.put("key", area.key());
            a.put("level", area.level());
            a.put("score", area.score());
        }
        ArrayNode capabilities = json.putArray("capabilities");
        for (Result.CapabilityResult capability : result.capabilities()) {
            ObjectNode c = capabilities.addObject();
            c.put("key", capability.key());
            c.put("level", capability.level());
            c.put("score", capability.score());
            c.put("target", capability.target());
            c.put("gap", capability.gap());
            ArrayNode evidence = c.putArray("evidence");
            for (Result.Evidence e : capability.evidence()) {
                ObjectNode item = evidence.addObject();
                item.put("question", e.question());
                if (e.ratio() != null) {
                    item.put("ratio", e.ratio());
                } else {
                    item.put("level", e.level());
                }
            }
        }
        ArrayNode roadmap = json.putArray("roadmap");
        for (Result.RoadmapStep step : result.roadmap()) {
            ObjectNode s = roadmap.addObject();
            s.put("capability", step.capability());
            s.put("recommendation", step.recommendation());
            s.put("toLevel", step.toLevel());
            s.put("kind", step.kind().json());
            s.put("effort", step.effort().name());
        }
        ObjectNode qualification = json.putObject("qualification");
        qualification.put("score", result.qualification().score());
        qualification.put("qualified", result.qualification().qualified());
        ArrayNode rules = qualification.putArray("rules");
        for (Object rule : result.qualification().rules()) {
            if (rule instanceof Integer index) {
                rules.add(index);
            } else {
                rules.add(String.valueOf(rule));
            }
        }
        return json;
    }

    /** Reads what {@link #toJson(Result)} wrote. */
    public static Result fromJson(JsonNode json) {
        List<Result.AreaResult> areas = new ArrayList<>();
        for (JsonNode a : json.path("areas")) {
            areas.add(new Result.AreaResult(a.get("key").asString(), text(a, "level"), number(a, "score")));
        }
        List<Result.CapabilityResult> capabilities = new ArrayList<>();
        for (JsonNode c : json.path("capabilities")) {
            List<Result.Evidence> evidence = new ArrayList<>();
            for (JsonNode e : c.path("evidence")) {
                evidence.add(new Result.Evidence(e.get("question").asString(), text(e, "level"), number(e, "ratio")));
            }
            capabilities.add(new Result.CapabilityResult(
                    c.get("key").asString(),
                    text(c, "level"),
                    number(c, "score"),
                    c.get("target").asString(),
                    c.hasNonNull("gap") ? c.get("gap").asInt() : null,
                    evidence));
        }
        List<Result.RoadmapStep> roadmap = new ArrayList<>();
        for (JsonNode s : json.path("roadmap")) {
            roadmap.add(new Result.RoadmapStep(
                    s.get("capability").asString(),
                    s.get("recommendation").asString(),
                    s.get("toLevel").asString(),
                    RecommendationKind.valueOf(s.get("kind").asString().toUpperCase(Locale.ROOT)),
                    Effort.valueOf(s.get("effort").asString())));
        }
        JsonNode q = json.path("qualification");
        List<Object> rules = new ArrayList<>();
        for (JsonNode rule : q.path("rules")) {
            rules.add(rule.isNumber() ? (Object) rule.asInt() : rule.asString());
        }
        JsonNode overall = json.path("overall");
        return new Result(
                text(json, "interview"),
                json.path("complete").asBoolean(),
                new Result.TemplateRef(
                        json.path("template").get("key").asString(),
                        json.path("template").get("version").asString()),
                new Result.Standing(text(overall, "level"), number(overall, "score")),
                areas,
                capabilities,
                roadmap,
                new Result.QualificationResult(
                        q.path("score").asDouble(), q.path("qualified").asBoolean(), rules));
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static @Nullable Double number(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asDouble() : null;
    }
}
