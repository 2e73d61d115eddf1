package io.stackup.core.template.document;

import io.stackup.core.template.Capability;
import io.stackup.core.template.Condition;
import io.stackup.core.template.Qualification;
import io.stackup.core.template.Question;
import io.stackup.core.template.Questionnaire;
import io.stackup.core.template.ScoringMode;
import io.stackup.core.template.Template;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a {@link Template} as its JSON document (docs/spec/template-format.md): pretty-printed, keys in the order of
 * the spec, scalar defaults written explicitly ({@code language}, {@code scoring}, {@code weight}, {@code required},
 * {@code points}), empty lists and absent optional values left out, integral numbers without a fraction ({@code 5}, not
 * {@code 5.0}). {@code TemplateReader.readJson(write(t))} equals {@code t}. Stateless and thread-safe.
 */
public final class TemplateWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)))
            .build();

    private TemplateWriter() {}

    /** The document, as JSON text ending in a newline; never {@code null}. */
    public static String write(Template template) {
        return MAPPER.writeValueAsString(tree(template)) + "\n";
    }

    /**
     * The same document as YAML 1.2 (block style, keys in the same order); {@code TemplateReader.readYaml} reads it
     * back to an equal template.
     */
    public static String writeYaml(Template template) {
        Object plain = MAPPER.convertValue(tree(template), Object.class);
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(0)
                .setWidth(120)
                .build();
        return new Dump(settings).dumpToString(plain);
    }

    static ObjectNode tree(Template t) {
        ObjectNode o = NODES.objectNode();
        o.put("format", t.format());
        o.put("key", t.key());
        o.put("name", t.name());
        o.put("version", t.version());
        o.put("language", t.language());
        optional(o, "description", t.description());
        ArrayNode levels = o.putObject("scale").putArray("levels");
        t.scale().levels().forEach(level -> {
            ObjectNode l = levels.addObject();
            l.put("key", level.key());
            l.put("name", level.name());
            optional(l, "description", level.description());
        });
        ObjectNode scoring = o.putObject("scoring");
        scoring.put("mode", t.scoring().mode().json());
        if (t.scoring().mode() == ScoringMode.WEIGHTED) {
            ObjectNode thresholds = scoring.putObject("thresholds");
            t.scoring().thresholds().forEach((level, threshold) -> number(thresholds, level, threshold));
        }
        optional(o, "defaultTarget", t.defaultTarget());
        ArrayNode areas = o.putArray("areas");
        t.areas().forEach(area -> {
            ObjectNode a = areas.addObject();
            a.put("key", area.key());
            a.put("name", area.name());
            optional(a, "description", area.description());
            ArrayNode capabilities = a.putArray("capabilities");
            area.capabilities().forEach(c -> capability(capabilities.addObject(), c));
        });
        questionnaire(o.putObject("questionnaire"), t.questionnaire());
        if (t.qualification() != null) {
            qualification(o.putObject("qualification"), t.qualification());
        }
        return o;
    }

    private static void capability(ObjectNode c, Capability capability) {
        c.put("key", capability.key());
        c.put("name", capability.name());
        optional(c, "description", capability.description());
        number(c, "weight", capability.weight());
        optional(c, "target", capability.target());
        if (!capability.levels().isEmpty()) {
            ObjectNode levels = c.putObject("levels");
            capability.levels().forEach(levels::put);
        }
        if (!capability.recommendations().isEmpty()) {
            ArrayNode recommendations = c.putArray("recommendations");
            capability.recommendations().forEach(recommendation -> {
                ObjectNode r = recommendations.addObject();
                r.put("key", recommendation.key());
                r.put("toLevel", recommendation.toLevel());
                r.put("title", recommendation.title());
                optional(r, "description", recommendation.description());
                r.put("kind", recommendation.kind().json());
                r.put("effort", recommendation.effort().name());
                optional(r, "offering", recommendation.offering());
            });
        }
    }

    private static void questionnaire(ObjectNode q, Questionnaire questionnaire) {
        q.put("title", questionnaire.title());
        optional(q, "intro", questionnaire.intro());
        ArrayNode sections = q.putArray("sections");
        questionnaire.sections().forEach(section -> {
            ObjectNode s = sections.addObject();
            s.put("key", section.key());
            s.put("title", section.title());
            ArrayNode questions = s.putArray("questions");
            section.questions().forEach(question -> question(questions.addObject(), question));
        });
    }

    private static void question(ObjectNode q, Question question) {
        q.put("key", question.key());
        optional(q, "capability", question.capability());
        q.put("text", question.text());
        optional(q, "help", question.help());
        q.put("type", question.type().json());
        q.put("required", question.required());
        number(q, "weight", question.weight());
        if (!question.options().isEmpty()) {
            ArrayNode options = q.putArray("options");
            question.options().forEach(option -> {
                ObjectNode o = options.addObject();
                o.put("key", option.key());
                o.put("label", option.label());
                optional(o, "level", option.level());
                number(o, "points", option.points());
            });
        }
        optional(q, "requires", question.requires());
        if (!question.bands().isEmpty()) {
            ArrayNode bands = q.putArray("bands");
            question.bands().forEach(band -> {
                ObjectNode b = bands.addObject();
                optional(b, "min", band.min());
                optional(b, "max", band.max());
                optional(b, "level", band.level());
                number(b, "points", band.points());
            });
        }
        optional(q, "minValue", question.minValue());
        optional(q, "maxValue", question.maxValue());
        optional(q, "unit", question.unit());
        if (question.showIf() != null) {
            condition(q.putObject("showIf"), question.showIf());
        }
    }

    private static void qualification(ObjectNode q, Qualification qualification) {
        number(q, "threshold", qualification.threshold());
        ArrayNode rules = q.putArray("rules");
        qualification.rules().forEach(rule -> {
            ObjectNode r = rules.addObject();
            condition(r.putObject("when"), rule.when());
            number(r, "points", rule.points());
            optional(r, "label", rule.label());
        });
        conditions(q.putArray("require"), qualification.require());
    }

    private static void condition(ObjectNode c, Condition condition) {
        switch (condition) {
            case Condition.AnyOf anyOf -> {
                c.put("question", anyOf.question());
                strings(c.putArray("anyOf"), anyOf.options());
            }
            case Condition.AllOf allOf -> {
                c.put("question", allOf.question());
                strings(c.putArray("allOf"), allOf.options());
            }
            case Condition.NumberRange range -> {
                c.put("question", range.question());
                optional(c, "min", range.min());
                optional(c, "max", range.max());
            }
            case Condition.Answered answered -> {
                c.put("question", answered.question());
                c.put("answered", true);
            }
            case Condition.CapabilityLevel level -> {
                c.put("capability", level.capability());
                optional(c, "atMost", level.atMost());
                optional(c, "atLeast", level.atLeast());
            }
            case Condition.AreaGap gap -> {
                c.put("area", gap.area());
                number(c, "gapAtLeast", gap.gapAtLeast());
            }
            case Condition.OverallLevel overall -> {
                ObjectNode o = c.putObject("overall");
                optional(o, "atMost", overall.atMost());
                optional(o, "atLeast", overall.atLeast());
            }
            case Condition.TotalGap total -> number(c, "totalGapAtLeast", total.gapAtLeast());
            case Condition.All all -> conditions(c.putArray("all"), all.conditions());
            case Condition.Any any -> conditions(c.putArray("any"), any.conditions());
            case Condition.Not not -> condition(c.putObject("not"), not.condition());
        }
    }

    private static void conditions(ArrayNode array, List<Condition> conditions) {
        conditions.forEach(condition -> condition(array.addObject(), condition));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void optional(ObjectNode o, String name, @Nullable String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void optional(ObjectNode o, String name, @Nullable Double value) {
        if (value != null) {
            number(o, name, value);
        }
    }

    /** Integral values as integers ({@code 5}), others as the shortest decimal that reads back the same double. */
    private static void number(ObjectNode o, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(name, (long) value);
        } else {
            o.put(name, value);
        }
    }
}
