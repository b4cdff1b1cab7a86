package cn.wenshui.compensation.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A script's burst of HTTP Basic requests with one password costs one bcrypt, not one per request: when the
 * remembered password expired, 16 concurrent requests each ran bcrypt (cost 12: ≈ 2.5 s without an answer under
 * load, once every remember period). Concurrent checks of the same credentials share one comparison — right and
 * wrong passwords, known and unknown users alike.
 */
@QuarkusTest
class BasicBurstTest {
    static final int BURST = 16;

    @Inject
    Users users;

    private List<Optional<Users.User>> burst(String username, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<Users.User>>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Callable<Optional<Users.User>> check = () -> {
                    go.await();
                    return users.check(username, password.toCharArray());
                };
                answers.add(pool.submit(check));
            }
            go.countDown();
            List<Optional<Users.User>> out = new ArrayList<>();
            for (Future<Optional<Users.User>> f : answers) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("同一账号密码的 16 个并发 Basic 请求只做一次 bcrypt,全部通过")
    void oneComparisonForABurst() throws Exception {
        users.create("burst-staff", "burst-password-1".toCharArray(), "staff", "并发测试", "test");
        long before = users.comparisons();
        List<Optional<Users.User>> answers = burst("burst-staff", "burst-password-1");
        assertThat(answers).allSatisfy(a -> assertThat(a).isPresent());
        assertThat(users.comparisons() - before).isEqualTo(1);
        // remembered now: a later request runs none
        assertThat(users.check("burst-staff", "burst-password-1".toCharArray())).isPresent();
        assertThat(users.comparisons() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("错误密码与不存在的用户:并发请求全部拒绝,不因共用比较而放行")
    void wrongPasswordsAndUnknownUsersAreRefusedAll() throws Exception {
        users.create("burst-auditor", "burst-password-2".toCharArray(), "auditor", "并发测试", "test");
        assertThat(burst("burst-auditor", "not-the-password")).allSatisfy(a -> assertThat(a).isEmpty());
        assertThat(burst("no-such-user", "burst-password-2")).allSatisfy(a -> assertThat(a).isEmpty());
        // a right password right after wrong ones is still accepted (no wrong result remembered)
        assertThat(users.check("burst-auditor", "burst-password-2".toCharArray())).isPresent();
    }
}
