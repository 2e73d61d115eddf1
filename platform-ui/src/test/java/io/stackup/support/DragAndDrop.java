package io.stackup.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HTML5 drag and drop in Chromium tests. Selenium's {@code Actions.dragAndDrop} moves the mouse but never makes the
 * browser start an HTML5 drag, so this dispatches the events a real drag would: {@code dragstart} on the source,
 * {@code dragenter}, {@code dragover} and {@code drop} on the target, {@code dragend} on the source, all sharing one
 * {@code DataTransfer}, bubbling and composed (so they cross shadow roots), with the pointer position a real drag
 * would have. For Vaadin Grid rows source and target are the grid's {@code tr} rows in its shadow root: the grid
 * finds the row from the event's composed path and computes above / on top / below from {@code clientY} within the
 * row (thirds in "on top or between" mode, halves in "between").
 */
public final class DragAndDrop {

    /** Where in the target row a grid drop lands. */
    public enum Where {
        ABOVE,
        ON_TOP,
        BELOW
    }

    private static final String SCRIPT = """
            const [source, target, where] = arguments;
            const data = new DataTransfer();
            const from = source.getBoundingClientRect();
            const to = target.getBoundingClientRect();
            const x = to.left + to.width / 2;
            const y = where === 'ABOVE' ? to.top + 2 : where === 'BELOW' ? to.bottom - 2 : to.top + to.height / 2;
            const fire = (element, type, cx, cy) => element.dispatchEvent(new DragEvent(type, {
                bubbles: true, composed: true, cancelable: true, dataTransfer: data, clientX: cx, clientY: cy}));
            fire(source, 'dragstart', from.left + from.width / 2, from.top + from.height / 2);
            fire(target, 'dragenter', x, y);
            fire(target, 'dragover', x, y);
            fire(target, 'drop', x, y);
            fire(source, 'dragend', x, y);
            """;

    private static final String ROW = """
            const [grid, text] = arguments;
            const content = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                .find(c => c.textContent.trim() === text);
            return content && content.assignedSlot ? content.assignedSlot.closest('tr') : null;
            """;

    private DragAndDrop() {}

    /** Drags the row of grid {@code gridId} showing {@code sourceText} onto the row showing {@code targetText}. */
    public static void dragRow(Browser browser, String gridId, String sourceText, String targetText, Where where) {
        WebElement grid = browser.present(By.id(gridId));
        dispatch(browser, row(browser, grid, sourceText), row(browser, grid, targetText), where);
    }

    /** Drags the row of grid {@code gridId} showing {@code sourceText} onto an element outside the grid. */
    public static void dragRow(Browser browser, String gridId, String sourceText, WebElement target) {
        WebElement grid = browser.present(By.id(gridId));
        dispatch(browser, row(browser, grid, sourceText), target, Where.ON_TOP);
    }

    /** Drags one element onto the middle of another (for components made drag sources and drop targets). */
    public static void drag(Browser browser, WebElement source, WebElement target) {
        dispatch(browser, source, target, Where.ON_TOP);
    }

    private static void dispatch(Browser browser, WebElement source, WebElement target, Where where) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        browser.driver().executeScript(SCRIPT, source, target, where.name());
    }

    /** The grid's {@code tr} whose cell shows exactly {@code text}, once it is rendered. */
    private static WebElement row(Browser browser, WebElement grid, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> (WebElement) browser.driver().executeScript(ROW, grid, text));
    }
}
