package io.stackup.core.lead.repository;

import io.stackup.core.lead.AreaGap;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON columns of a lead and back: {@code rules} as the result writes them (labels as strings, indexes as
 * numbers), {@code area_gaps} as {@code [{"area", "gap"}]}. One place, for the writes and the reads alike.
 */
public final class LeadJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeadJson() {}

    static JsonNode rules(List<Object> rules) {
        ArrayNode json = NODES.arrayNode();
        for (Object rule : rules) {
            if (rule instanceof Integer index) {
                json.add(index);
            } else {
                json.add(String.valueOf(rule));
            }
        }
        return json;
    }

    public static List<Object> rules(JsonNode json) {
        List<Object> rules = new ArrayList<>();
        for (JsonNode rule : json) {
            rules.add(rule.isNumber() ? (Object) rule.asInt() : rule.asString());
        }
        return rules;
    }

    static JsonNode areaGaps(List<AreaGap> gaps) {
        ArrayNode json = NODES.arrayNode();
        for (AreaGap gap : gaps) {
            json.addObject().put("area", gap.area()).put("gap", gap.gap());
        }
        return json;
    }

    public static List<AreaGap> areaGaps(JsonNode json) {
        List<AreaGap> gaps = new ArrayList<>();
        for (JsonNode gap : json) {
            gaps.add(new AreaGap(gap.get("area").asString(), gap.get("gap").asInt()));
        }
        return gaps;
    }
}
