package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * H2's turn is a group commit: what queues while a transaction commits goes together in the next one,
 * each caller returns its own result once its writes are committed, and a failed transaction fails
 * every write of its group, none of which stays.
 */
class LedgerWritesTest {

    @TempDir
    Path dir;

    private final AtomicInteger transactions = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private JdbcTemplate jdbc;
    private LedgerWrites writes;

    @BeforeEach
    void ledger() {
        String url = "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0";
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("create table w (k int primary key)");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds)) {
            @Override
            public <T> T execute(TransactionCallback<T> action) throws TransactionException {
                transactions.incrementAndGet();
                return super.execute(action);
            }
        };
        writes = new LedgerWrites(tx, new MockEnvironment().withProperty("spring.datasource.url", url));
    }

    @Test
    void writesQueuedDuringACommitGoTogetherInTheNextAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = threads.submit(() -> writes.commit(() -> {
            insert(0);
            inFirst.countDown();
            hold(release);
            return "k0";
        }));
        assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> queued = IntStream.rangeClosed(1, 5).mapToObj(k -> threads.submit(() -> writes.commit(() -> {
            insert(k);
            return "k" + k;
        }))).toList();
        // the five wait for the turn behind the first transaction, their writes queued
        await().atMost(Duration.ofSeconds(10)).until(() -> blockedOnTurn() == 5);
        assertThat(count()).as("nothing committed yet").isZero();

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("k0");
        for (int k = 1; k <= 5; k++) {
            assertThat(queued.get(k - 1).get(10, TimeUnit.SECONDS)).isEqualTo("k" + k);
        }
        assertThat(jdbc.queryForList("select k from w order by k", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(transactions.get()).as("the five queued writes committed in one transaction after the first").isEqualTo(2);
    }

    @Test
    void aFailedTransactionFailsEveryWriteOfItsGroupAndKeepsNoneOfThem() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> writes.commit(() -> {
            insert(0);
            inFirst.countDown();
            hold(release);
        }));
        assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> good = threads.submit(() -> writes.commit(() -> insert(1)));
        Future<?> duplicate = threads.submit(() -> writes.commit(() -> insert(0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> blockedOnTurn() == 2);

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> good.get(10, TimeUnit.SECONDS)).as("its group's transaction failed: so did it")
                .hasCauseInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForList("select k from w order by k", Integer.class)).containsExactly(0);

        writes.commit(() -> insert(1));   // the turn goes on after a failed group
        assertThat(jdbc.queryForList("select k from w order by k", Integer.class)).containsExactly(0, 1);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from w", Integer.class);
    }

    private void insert(int k) {
        jdbc.update("insert into w (k) values (?)", k);
    }

    /** Threads of this test blocked on the turn's monitor (their writes queued). */
    private static long blockedOnTurn() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getState() == Thread.State.BLOCKED)
                .filter(e -> List.of(e.getValue()).stream().anyMatch(f -> f.getClassName().equals(LedgerWrites.class.getName())))
                .count();
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
