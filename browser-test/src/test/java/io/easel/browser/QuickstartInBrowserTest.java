package io.easel.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notebook UI in a real browser: Debian's classic notebook server (jupyter-notebook) serves quickstart.ipynb
 * with the Easel kernel installed by install.py into a temporary prefix; Debian's headless Chromium, driven through
 * Debian's chromedriver, runs all cells, waits until the kernel is idle and every cell has run, and checks that every
 * figure is on the page with a non-zero size. The page is saved as target/browser-test/quickstart.png.
 *
 * <p>Skipped (not failed) on a machine without those packages; scripts/install-system-packages.sh installs them.
 */
class QuickstartInBrowserTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String NOTEBOOK_SERVER = "/usr/bin/jupyter-notebook";
    private static final int QUICKSTART_FIGURES = 4;

    @Test
    void runAllShowsEveryFigureWithANonZeroSize(@TempDir Path tmp) throws Exception {
        for (String tool : List.of(CHROMIUM, CHROMEDRIVER, NOTEBOOK_SERVER)) {
            assumeTrue(Files.isExecutable(Path.of(tool)), tool + " is not installed (scripts/install-system-packages.sh)");
        }
        Path prefix = tmp.resolve("prefix");
        run(List.of("/usr/bin/python3", ROOT.resolve("install.py").toString(), "--prefix", prefix.toString()));
        Path notebooks = Files.createDirectories(tmp.resolve("notebooks"));
        Files.copy(ROOT.resolve("notebooks/quickstart.ipynb"), notebooks.resolve("quickstart.ipynb"));

        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(NOTEBOOK_SERVER, "--no-browser", "--ip=127.0.0.1",
                "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token,
                "--notebook-dir=" + notebooks));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--allow-root"); // CI containers run as root; the server refuses that unless told
        }
        ProcessBuilder server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile());
        Map<String, String> env = server.environment();
        env.put("JUPYTER_PATH", prefix.resolve("share/jupyter").toString());
        // the server's own config and runtime files stay in the temp folder, away from the user's
        env.put("JUPYTER_CONFIG_DIR", Files.createDirectories(tmp.resolve("config")).toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(tmp.resolve("runtime")).toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process notebookServer = server.start();
        ChromeDriver browser = null;
        try {
            String base = "http://127.0.0.1:" + port;
            awaitServer(base + "/api/status?token=" + token, notebookServer, tmp.resolve("server.log"));
            browser = startChromium(tmp.resolve("chromium-profile"));
            browser.get(base + "/notebooks/quickstart.ipynb?token=" + token);
            JavascriptExecutor js = browser;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
                            + " && Jupyter.notebook.kernel.is_connected());")));
            js.executeScript("Jupyter.notebook.execute_all_cells();");
            // idle, with every code cell numbered: a cell that ran has its execution count, one still queued "*"
            new WebDriverWait(browser, Duration.ofSeconds(300)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "var cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');"
                            + "var ran = cells.filter(c => typeof c.input_prompt_number === 'number').length;"
                            + "return !Jupyter.notebook.kernel_busy && ran === cells.length;")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> figures = (List<Map<String, Object>>) js.executeScript(
                    "return Array.from(document.querySelectorAll('.output_svg svg, .output_png img'))"
                            + ".map(e => { e.scrollIntoView(); var r = e.getBoundingClientRect();"
                            + " return {w: r.width, h: r.height}; });");

            Path artifacts = Files.createDirectories(Path.of("target/browser-test"));
            browser.executeScript("window.scrollTo(0, 0);");
            Files.write(artifacts.resolve("quickstart.png"), browser.getScreenshotAs(OutputType.BYTES));

            assertEquals(QUICKSTART_FIGURES, figures.size(), "figures on the page: " + figures);
            for (Map<String, Object> figure : figures) {
                assertTrue(((Number) figure.get("w")).doubleValue() > 100
                        && ((Number) figure.get("h")).doubleValue() > 100, "a figure is not visible: " + figures);
            }
            String errors = (String) js.executeScript(
                    "return Array.from(document.querySelectorAll('.output_error')).map(e => e.innerText).join('\\n');");
            assertTrue(errors.contains("ArrayIndexOutOfBoundsException"),
                    "the notebook's one deliberate error is missing; the last cells did not run: " + errors);
        } finally {
            if (browser != null) {
                browser.quit();
            }
            stop(notebookServer);
        }
    }

    private static ChromeDriver startChromium(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        // Debian's Chromium and chromedriver: Selenium must not look for or download a browser or driver
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,4000",
                "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void awaitServer(String statusUrl, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("jupyter-notebook exited with " + server.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(statusUrl).toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("jupyter-notebook did not answer within 60 s:\n" + Files.readString(log));
    }

    /** SIGTERM lets the server shut its kernels down (and they their renderers); then the rest, by force. */
    private static void stop(Process server) throws InterruptedException {
        List<ProcessHandle> children = new ArrayList<>(server.descendants().toList());
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
