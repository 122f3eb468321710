package org.careflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.careflow.CareFlowApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestTemplate;

/**
 * The production profile as an operator starts it: {@code postgres}, a real PostgreSQL, settings
 * from CAREFLOW_* variables. It refuses the demo organisation, a guessable or missing administrator
 * password, and refuses before any user of them reaches the database: an administrator saved with
 * a known password stays, because Camunda creates the administrator only when none exists.
 */
class ProductionSafetyTest {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void startsWithItsOwnAdministratorAndNoDemoOrganisation() throws SQLException {
        String database = newDatabase();
        String password = strongPassword();

        try (ConfigurableApplicationContext careflow = start(database, Map.of(
                "CAREFLOW_ADMIN_USER", "root.admin", "CAREFLOW_ADMIN_PASSWORD", password))) {
            assertThat(careflow.getEnvironment().getActiveProfiles()).containsExactly("postgres");
            assertThat(careflow.getBean(IdentityService.class).checkPassword("root.admin", password)).isTrue();
            assertThat(careflow.getBean(JdbcTemplate.class).queryForObject("show plan_cache_mode", String.class))
                    .as("each statement planned for its own values (application-postgres.yaml)").isEqualTo("force_custom_plan");
        }

        assertThat(userIds(database)).containsExactly("root.admin");
    }

    @Test
    void refusesTheDemoOrganisation() throws SQLException {
        String database = newDatabase();

        Throwable refused = catchThrowable(() -> start(database, Map.of("careflow.demo.enabled", "true")).close());

        assertThat(messages(refused)).anySatisfy(message -> assertThat(message).contains("careflow.demo.enabled"));
        assertThat(userIds(database)).as("users saved before the refusal").isEmpty();
    }

    @ParameterizedTest(name = "CAREFLOW_ADMIN_USER {0} with CAREFLOW_ADMIN_PASSWORD ''{1}''")
    @CsvSource({"admin, demo", "admin, Demo", "admin, changeme", "careflow, careflow", "admin, ''"})
    void refusesAGuessableAdministratorPassword(String adminId, String password) throws SQLException {
        String database = newDatabase();

        Throwable refused = catchThrowable(() -> start(database, Map.of(
                "CAREFLOW_ADMIN_USER", adminId, "CAREFLOW_ADMIN_PASSWORD", password)).close());

        assertThat(messages(refused)).anySatisfy(message -> assertThat(message)
                .contains("CAREFLOW_ADMIN_PASSWORD", adminId));
        assertThat(userIds(database)).as("users saved before the refusal").isEmpty();
    }

    @Test
    void refusesADefaultPasswordSetThroughCamundasOwnProperties() throws SQLException {
        String database = newDatabase();

        Throwable refused = catchThrowable(() -> start(database, Map.of(
                "camunda.bpm.admin-user.id", "admin", "camunda.bpm.admin-user.password", "demo")).close());

        assertThat(messages(refused)).anySatisfy(message -> assertThat(message)
                .containsAnyOf("CAREFLOW_ADMIN_PASSWORD", "camunda.bpm.admin-user.password")
                .contains("admin"));
        assertThat(userIds(database)).as("users saved before the refusal").isEmpty();
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() throws SQLException {
        String database = newDatabase();
        Map<String, String> noPassword = new HashMap<>();
        noPassword.put("CAREFLOW_ADMIN_PASSWORD", null);

        Throwable refused = catchThrowable(() -> start(database, noPassword).close());

        assertThat(messages(refused)).anySatisfy(message -> assertThat(message).contains("CAREFLOW_ADMIN_PASSWORD"));
        assertThat(userIds(database)).as("users saved before the refusal").isEmpty();
    }

    @Test
    void keepsPasswordsToCamundasPolicyAndCookiesToTls() throws SQLException {
        try (ConfigurableApplicationContext careflow = start(newDatabase(), Map.of())) {
            IdentityService identityService = careflow.getBean(IdentityService.class);
            User weak = identityService.newUser("sw.weak");
            weak.setPassword("password12");
            assertThat(catchThrowable(() -> identityService.saveUser(weak))).as("a password against the policy")
                    .isInstanceOf(ProcessEngineException.class);
            User strong = identityService.newUser("sw.strong");
            strong.setPassword(strongPassword());
            identityService.saveUser(strong);

            String port = careflow.getEnvironment().getProperty("local.server.port");
            List<String> cookies = new RestTemplate().getForEntity("http://localhost:" + port + "/camunda/app/tasklist/default/",
                    String.class).getHeaders().get(HttpHeaders.SET_COOKIE);
            assertThat(cookies).as("over plain HTTP too: production is served over TLS")
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
                    .allSatisfy(cookie -> assertThat(cookie).containsPattern(";\\s*Secure(;|$)"));
        }
    }

    @Test
    void refusesAnAdministratorPasswordAgainstCamundasPolicy() throws SQLException {
        String database = newDatabase();

        Throwable refused = catchThrowable(() -> start(database, Map.of("CAREFLOW_ADMIN_PASSWORD", "longbutweak1")).close());

        assertThat(refused).as("the application refused to start").isNotNull();
        assertThat(userIds(database)).as("no administrator with a password against the policy").isEmpty();
    }

    /** A password to Camunda's policy: upper and lower case, a digit, a special character, 10 or more. */
    private static String strongPassword() {
        return "Own-" + UUID.randomUUID();
    }

    /**
     * Starts CareFlow as an operator would, with safe settings but for the given ones (a null
     * value leaves the setting out).
     */
    private static ConfigurableApplicationContext start(String database, Map<String, String> unlike) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("CAREFLOW_DB_URL", postgres.getJdbcUrl("postgres", database));
        settings.put("CAREFLOW_DB_USER", "postgres");
        settings.put("CAREFLOW_DB_PASSWORD", "not-checked-by-the-test-server");
        settings.put("CAREFLOW_ADMIN_PASSWORD", strongPassword());
        settings.put("server.port", "0");
        settings.putAll(unlike);
        return new SpringApplicationBuilder(CareFlowApplication.class)
                // a web application, as deployed: Camunda's REST starter does not start without one
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(WithoutTestClasses.class.getName(), new WithoutTestClasses()))
                .run(settings.entrySet().stream()
                        .filter(setting -> setting.getValue() != null)
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    /** The application as it is packaged: component scanning must not pick up test configurations. */
    static class WithoutTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && getClass() == other.getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }

    private static String newDatabase() throws SQLException {
        String name = "careflow_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                  Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** The users in the engine's identity tables; none when the engine never created its schema. */
    private static List<String> userIds(String database) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                  Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery("SELECT to_regclass('act_id_user') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return ids;
                }
            }
            try (ResultSet users = statement.executeQuery("SELECT id_ FROM act_id_user ORDER BY id_")) {
                while (users.next()) {
                    ids.add(users.getString(1));
                }
            }
        }
        return ids;
    }

    private static List<String> messages(Throwable thrown) {
        assertThat(thrown).as("the application refused to start").isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}
