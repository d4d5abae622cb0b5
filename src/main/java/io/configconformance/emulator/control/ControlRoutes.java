package io.configconformance.emulator.control;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static com.github.tomakehurst.wiremock.http.RequestMethod.PUT;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.configconformance.emulator.operations.OperationTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The control API's routes under {@code /__emulator}, one line each, as WireMock's {@code AdminRoutes}
 * ({@code router.add(POST, "/reset", new ResetTask())}). docs/EMULATOR.md, "Control API", documents them.
 */
final class ControlRoutes {

    /** A route and the task it runs; {AccountId} in a path stands for an account ID. */
    private record Route(RequestMethod method, String path, Pattern pattern, ControlTask task) {
    }

    /** A route found for a request, with the values of its path's parameters. */
    record Match(ControlTask task, Map<String, String> pathParameters) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private final List<Route> routes = new ArrayList<>();

    static ControlRoutes standard(OperationTable operations) {
        ControlRoutes routes = new ControlRoutes();
        routes.add(GET, "/info", new GetInfoTask());
        routes.add(GET, "/accounts", new GetAccountsTask());
        routes.add(POST, "/accounts", new CreateAccountTask());
        routes.add(PUT, "/accounts/{AccountId}/settings", new ChangeAccountSettingsTask());
        routes.add(POST, "/folders", new CreateFolderTask());
        routes.add(GET, "/faults", new GetFaultsTask());
        routes.add(POST, "/faults", new InjectFaultTask(operations));
        routes.add(GET, "/resources", new GetResourcesTask());
        routes.add(GET, "/settings", new GetSettingsTask());
        routes.add(PUT, "/settings", new ChangeSettingsTask());
        routes.add(POST, "/reset", new ResetTask());
        return routes;
    }

    private void add(RequestMethod method, String path, ControlTask task) {
        String regex = Pattern.quote(path).replaceAll("\\{(\\w+)}", "\\\\E(?<$1>\\\\d{1,18})\\\\Q");
        routes.add(new Route(method, path, Pattern.compile(regex), task));
    }

    Optional<Match> find(RequestMethod method, String path) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (route.method().equals(method) && matcher.matches()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                PARAMETER.matcher(route.path()).results()
                        .forEach(name -> parameters.put(name.group(1), matcher.group(name.group(1))));
                return Optional.of(new Match(route.task(), parameters));
            }
        }
        return Optional.empty();
    }

    /** The routes as an error message lists them: "GET /info, GET|POST /accounts, ...". */
    String summary() {
        Map<String, List<String>> methods = new LinkedHashMap<>();
        routes.forEach(route -> methods.computeIfAbsent(route.path(), path -> new ArrayList<>())
                .add(route.method().getName()));
        return methods.entrySet().stream().map(entry -> String.join("|", entry.getValue()) + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }
}
