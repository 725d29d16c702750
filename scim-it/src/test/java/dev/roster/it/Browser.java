package dev.roster.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium through its chromedriver; no driver downloads. */
public final class Browser {
  private Browser() {}

  public static ChromeDriver open() {
    Path driver = Path.of(System.getProperty("roster.it.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(driver)) {
      throw new IllegalStateException(
          "Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("roster.it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
