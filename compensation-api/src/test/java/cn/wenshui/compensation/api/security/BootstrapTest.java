package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A fresh database and no configured admin password: the first start generates the first staff account. */
@QuarkusTest
@TestProfile(BootstrapTest.Profile.class)
@DisplayName("首个管理员:无配置时首次启动生成并只打印一次;已有用户时不再生成")
class BootstrapTest {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:bootstrap;DB_CLOSE_DELAY=-1",
                    "compensation.admin.username", "admin",
                    "compensation.admin.password", "");
        }
    }

    @Inject
    AdminBootstrap bootstrap;
    @Inject
    Users users;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void generatedCredentialWorksAndIsNotRegenerated() throws Exception {
        // The start itself created exactly one generated staff account.
        assertThat(users.list()).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("admin");
            assertThat(u.role()).isEqualTo(Roles.STAFF);
            assertThat(u.createdBy()).isEqualTo(AdminBootstrap.CREATED_BY);
        });
        // Replay a first start on an empty table to learn the password, as an operator reads it from the log.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM app_user");
        }
        List<String> log = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                log.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AdminBootstrap.class.getName());
        logger.addHandler(capture);
        try {
            Optional<AdminBootstrap.Generated> generated = bootstrap.ensureAdmin();
            assertThat(generated).isPresent();
            String password = generated.get().password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            Auth.basic("admin", password).get("/api/v1/admin/users").then().statusCode(200);
            assertThat(String.join("\n", log)).contains(password);

            // A restart with a user present: nothing generated, nothing printed, the password still works.
            log.clear();
            assertThat(bootstrap.ensureAdmin()).isEmpty();
            assertThat(String.join("\n", log)).doesNotContain(password);
            assertThat(users.list()).hasSize(1);
            Auth.basic("admin", password).get("/api/v1/admin/users").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
        }
    }
}
