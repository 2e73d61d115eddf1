package io.stackup.core.template.scoring;

/**
 * Works out which questions are visible: those without {@code showIf} and those whose {@code showIf} holds. It goes
 * in document order, so a {@code showIf} (which names only earlier questions) always sees their final visibility: a
 * hidden question is never "answered", so whatever depends on it being answered is hidden too.
 */
final class Visibility {

    private Visibility() {}

    static void apply(CompiledQuestion[] questions, AnswerSheet sheet) {
        for (CompiledQuestion q : questions) {
            sheet.visible[q.index] = q.showIf == null || q.showIf.holds(sheet, null);
        }
    }
}
