package cn.wenshui.compensation.api.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first staff account, so that the embedded default starts with no set-up. When no user exists at start:
 * {@code compensation.admin.username} / {@code compensation.admin.password} if the password is configured,
 * otherwise user {@code admin} (or the configured username) with a generated password, printed once to the log.
 * Once any user exists nothing is created or printed again, whatever the configuration says.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    public static final String CREATED_BY = "bootstrap";

    private final Users users;
    private final String username;
    private final Optional<String> password;

    public AdminBootstrap(Users users,
                          @ConfigProperty(name = "compensation.admin.username", defaultValue = "admin") String username,
                          @ConfigProperty(name = "compensation.admin.password") Optional<String> password) {
        this.users = users;
        this.username = username;
        this.password = password.filter(p -> !p.isBlank());
    }

    /** A generated first credential (only ever returned by the start that created it). */
    public record Generated(String username, String password) {
    }

    void onStart(@Observes StartupEvent event) {
        ensureAdmin();
    }

    /** Creates the first staff user if there is no user at all; returns the password only if it was generated. */
    public synchronized Optional<Generated> ensureAdmin() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        if (password.isPresent()) {
            if (password.get().length() < 12) {
                LOG.warn("compensation.admin.password is shorter than 12 characters: choose a longer one");
            }
            users.create(username, password.get().toCharArray(), Roles.STAFF, "首个管理员", CREATED_BY + " (configuration)");
            LOG.infof("Created the first staff user '%s' from compensation.admin.username/password.", username);
            return Optional.empty();
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (users.create(username, generated.toCharArray(), Roles.STAFF, "首个管理员", CREATED_BY).isEmpty()) {
            return Optional.empty(); // another node created it first
        }
        LOG.warnf("""

                ==================================================================================
                 首个管理员账号已生成(仅显示这一次)/ First staff account created (shown only once)
                   username: %s
                   password: %s
                 Log in at /login or use HTTP Basic; create further users with
                 POST /api/v1/admin/users. Set compensation.admin.password to choose it instead.
                ==================================================================================""",
                username, generated);
        return Optional.of(new Generated(username, generated));
    }
}
