package io.stackup.core.template;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The interview, in sections; document order is the order an interviewer meets the questions. */
public record Questionnaire(String title, @Nullable String intro, List<Section> sections) {

    public Questionnaire {
        sections = List.copyOf(sections);
    }

    /** Every question in document order. */
    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }
}
