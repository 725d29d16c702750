package dev.roster.bench;

import static dev.roster.bench.Report.f;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * The admin console on the 200k-user organization: each screen as a signed-in admin opens it, and
 * the users and members tables paged deep, sorted and searched (the Faces Ajax requests the browser
 * sends). One client, sequential: latency is measured at the client on loopback, an upper bound of
 * the server's time.
 */
final class ConsoleMeasures {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final double TARGET_MS = 150;

  private final Bench b;
  private final String base;
  private final int repeat = Integer.getInteger("bench.console.repeat", 60);
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  ConsoleMeasures(Bench bench, String base) {
    this.b = bench;
    this.base = base;
  }

  void screens(Tenant large) throws Exception {
    b.report.section("Admin console (" + large.users.size() + " users)");
    int members = Math.min(100_000, large.users.size() / 2);
    UUID group = bigGroup(large, members);
    signIn(large.slug, "admin@" + large.slug + ".example", Tenant.ADMIN_PASSWORD);
    UUID someone = large.users.get(large.users.size() / 3);
    // Counting 200k users is an index-only scan once autovacuum has set the visibility map; just
    // after the bulk load it reads the heap. Both are shown: the first page before and after.
    measure("GET Users, first page (bulk load not yet vacuumed)", () -> get("/console/users"));
    b.seeder.vacuum();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("Provisioning", "/console/provisioning");
    pages.put("SSO Settings", "/console/sso");
    pages.put("Tokens", "/console/tokens");
    pages.put("Role Mappings (with user counts)", "/console/role-mappings");
    pages.put("Users, first page", "/console/users");
    pages.put("User page", "/console/user?id=" + someone);
    pages.put("Groups", "/console/groups");
    pages.put("Group of " + members + " members", "/console/group?id=" + group);
    pages.put("Audit log", "/console/audit");
    pages.put("Troubleshooting", "/console/troubleshooting");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      measure("GET " + page.getKey(), () -> get(page.getValue()));
    }
    String users = get("/console/users");
    String usersState = viewState(users) + "\n" + nonce(users);
    int last = (large.users.size() - 1) / 25 * 25;
    measure(
        "Users, page " + (last / 25 + 1) + " (last)",
        () ->
            table(
                usersState,
                "users",
                "users:table",
                Map.of(
                    "users:table_pagination",
                    "true",
                    "users:table_first",
                    String.valueOf(last),
                    "users:table_rows",
                    "25")));
    measure(
        "Users, sorted by name descending",
        () ->
            table(
                usersState,
                "users",
                "users:table",
                Map.of(
                    "users:table_sorting",
                    "true",
                    "users:table_sortKey",
                    "users:table:name",
                    "users:table_sortDir",
                    "-1",
                    "users:table_first",
                    "0")));
    measure(
        "Users, searched ('user1234')",
        () ->
            table(
                usersState,
                "users",
                "users:table",
                Map.of(
                    "users:table_filtering",
                    "true",
                    "users:table:globalFilter",
                    "user1234",
                    "users:table_first",
                    "0")));
    String groupPage = get("/console/group?id=" + group);
    String groupState = viewState(groupPage) + "\n" + nonce(groupPage);
    int middle = members / 2 / 25 * 25;
    measure(
        "Group members, page " + (middle / 25 + 1),
        () ->
            table(
                groupState,
                "group",
                "group:members",
                Map.of(
                    "group:members_pagination",
                    "true",
                    "group:members_first",
                    String.valueOf(middle),
                    "group:members_rows",
                    "25")));
  }

  private interface Call {
    String run() throws Exception;
  }

  private void measure(String name, Call call) throws Exception {
    for (int i = 0; i < 10; i++) {
      call.run();
    }
    Histogram h = new Histogram(60_000_000L, 3);
    for (int i = 0; i < repeat; i++) {
      long t0 = System.nanoTime();
      call.run();
      h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
    }
    double p95 = h.getValueAtPercentile(95) / 1000.0;
    b.report.add(
        name,
        f("p50 %.0f ms, p95 %.0f ms (%d req)", h.getValueAtPercentile(50) / 1000.0, p95, repeat),
        "p95 <= 150 ms",
        p95 <= TARGET_MS);
  }

  private UUID bigGroup(Tenant large, int members) throws Exception {
    Scim.Reply r =
        b.scim.call(
            b.scim.send(
                "POST",
                "/scim/v2/Groups",
                large.auth(),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"console-big-"
                    + UUID.randomUUID().toString().substring(0, 6)
                    + "\"}"));
    UUID id = UUID.fromString(r.json().getString("id"));
    b.seeder.addMembers(large, id, 0, members);
    b.seeder.analyze();
    return id;
  }

  private void signIn(String slug, String email, String password) throws Exception {
    String state = viewState(get("/console/signin"));
    HttpResponse<String> r =
        post(
            "/console/signin",
            Map.of(
                "signin", "signin",
                "signin:organization", slug,
                "signin:email", email,
                "signin:password", password,
                "signin:submit", "",
                "jakarta.faces.ViewState", state),
            false);
    if (r.statusCode() != 302
        || !r.headers().firstValue("Location").orElse("").contains("/provisioning")) {
      throw new IllegalStateException("console sign-in failed: " + r.statusCode());
    }
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
    }
    return r.body();
  }

  /** The PrimeFaces Ajax request a lazy table sends for a page, a sort or a search. */
  /**
   * {@code state} is the view state and the page's CSP nonce (PrimeFaces checks it), one per line.
   */
  private String table(String state, String form, String table, Map<String, String> feature)
      throws Exception {
    String[] parts = state.split("\n");
    Map<String, String> params = new LinkedHashMap<>();
    params.put("jakarta.faces.partial.ajax", "true");
    params.put("jakarta.faces.source", table);
    params.put("jakarta.faces.partial.execute", table);
    params.put("jakarta.faces.partial.render", table);
    params.put(table + "_encodeFeature", "true");
    params.put(table + "_skipChildren", "true");
    params.put(form, form);
    params.put("jakarta.faces.ViewState", parts[0]);
    params.put("primefaces.nonce", parts[1]);
    params.putAll(feature);
    HttpResponse<String> r =
        post("/console/" + (form.equals("users") ? "users" : "group"), params, true);
    if (r.statusCode() != 200
        || !r.body().contains("<partial-response")
        || r.body().contains("<error>")) {
      throw new IllegalStateException("table request answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no view state in the page");
    }
    return m.group(1);
  }

  private static String nonce(String page) {
    Matcher m = NONCE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSP nonce in the page");
    }
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
