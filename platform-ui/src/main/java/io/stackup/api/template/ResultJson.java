package io.stackup.api.template;

import io.stackup.core.template.Result;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Result} as api.md writes it: levels as keys or {@code null}, unrounded scores, evidence with {@code level}
 * (gated) or {@code ratio} (weighted), rules by label or index. A preview has no {@code interview} field.
 */
public final class ResultJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {}

    public static ObjectNode of(Result result) {
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
}
