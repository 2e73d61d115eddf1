package io.stackup.core.template;

/** The kinds of question and the answers they take. */
public enum QuestionType {
    YES_NO("yes_no"),
    SINGLE("single"),
    SCALE("scale"),
    MULTI("multi"),
    NUMBER("number"),
    TEXT("text");

    private final String json;

    QuestionType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** Answered with one option key: yes_no, single, scale. */
    public boolean isSingleChoice() {
        return this == YES_NO || this == SINGLE || this == SCALE;
    }

    public boolean hasOptions() {
        return isSingleChoice() || this == MULTI;
    }
}
