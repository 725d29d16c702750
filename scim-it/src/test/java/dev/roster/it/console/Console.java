package dev.roster.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.roster.it.Browser;
import dev.roster.it.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser, as an admin uses it: sign in, open screens, click, read. Every
 * screen visited can be checked with axe-core and for browser console errors, and saved as a
 * screenshot under {@code target/console-screenshots}.
 */
final class Console implements AutoCloseable {
  static final String ROOT = Http.BASE + "/console";

  final ChromeDriver browser = Browser.open();
  private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

  Console() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
  }

  Console signIn(String organization, String email, String password) {
    browser.get(ROOT + "/signin");
    type(By.id("signin:organization"), organization);
    type(By.id("signin:email"), email);
    type(By.id("signin:password"), password);
    browser.findElement(By.id("signin:submit")).click();
    wait.until(
        d ->
            !d.getCurrentUrl().contains("/signin")
                || !d.findElements(By.cssSelector(".messages li.error")).isEmpty());
    return this;
  }

  Console open(String page) {
    browser.get(ROOT + "/" + page);
    waitForScripts();
    return this;
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  String text(String css) {
    return find(css).getText();
  }

  List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  void type(By field, String value) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(value);
  }

  void type(String css, String value) {
    type(By.cssSelector(css), value);
  }

  /** Clicks and waits until Faces' Ajax request (if any) has been answered and applied. */
  void click(String css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    waitForScripts();
  }

  /** Picks an option of a PrimeFaces select menu by its visible label. */
  /**
   * Picks {@code label} in a PrimeFaces select menu once its panel has finished opening: an item
   * clicked during the opening transition is lost (the menu's click handler fails on the value it
   * records only when the transition ends), which a fast browser on a busy machine hits.
   */
  void choose(String menuId, String label) {
    click("[id='" + menuId + "']");
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "var w = PrimeFaces.getWidgetById(arguments[0]);"
                        + " return !!(w && w.preShowValue);",
                    menuId)));
    wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']")))
        .click();
    waitForScripts();
  }

  void waitForScripts() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.executeScript(
                    "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
  }

  void waitFor(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** A screenshot for the README and for people reading a failed build. */
  void screenshot(String name) {
    Path dir = Path.of(System.getProperty("roster.it.screenshots", "target/console-screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No serious or critical accessibility violation (axe-core), no error in the browser console. */
  void assertAccessibleAndClean(String screen) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            screen
                + ": "
                + serious.stream()
                    .map(
                        v ->
                            v.getId()
                                + " "
                                + v.getNodes().stream()
                                    .map(n -> n.getTarget().toString())
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")))
        .isEmpty();
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(errors).as(screen + " browser console").isEmpty();
  }

  /** Screenshot, accessibility and console checks of the screen now shown. */
  void check(String screen) {
    waitForScripts();
    screenshot(screen);
    assertAccessibleAndClean(screen);
  }

  String url() {
    return browser.getCurrentUrl();
  }

  String source() {
    return browser.getPageSource();
  }

  @Override
  public void close() {
    browser.quit();
  }
}
