package org.careflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * PostgreSQL's own ceiling on this machine: pgbench's "simple update" transaction (pgbench -N,
 * scale 1: update an account, read it back, insert a history row, commit) from 4 clients over JDBC,
 * so that it runs wherever the benchmark runs, without pgbench installed.
 */
final class PostgresCeiling {

    private static final int ACCOUNTS = 100_000;
    private static final int CLIENTS = 4;
    private static final long SECONDS = 15;

    static double transactionsPerSecond(BenchmarkDatabase database) throws Exception {
        database.execute("drop table if exists pgbench_accounts, pgbench_history");
        database.execute("create table pgbench_accounts (aid int primary key, bid int, abalance int, filler char(84))");
        database.execute("create table pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22))");
        database.execute("insert into pgbench_accounts select aid, 1, 0, '' from generate_series(1, " + ACCOUNTS + ") aid");
        database.execute("vacuum analyze pgbench_accounts");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                counts.add(clients.submit(() -> run(database, end)));
            }
            long transactions = 0;
            for (Future<Long> count : counts) {
                transactions += count.get();
            }
            return transactions / (double) SECONDS;
        } finally {
            clients.shutdown();
            database.execute("drop table pgbench_accounts, pgbench_history");
        }
    }

    private static long run(BenchmarkDatabase database, long end) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement update = connection.prepareStatement("update pgbench_accounts set abalance = abalance + ? where aid = ?");
             PreparedStatement select = connection.prepareStatement("select abalance from pgbench_accounts where aid = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into pgbench_history (tid, bid, aid, delta, mtime) values (?, 1, ?, ?, current_timestamp)")) {
            connection.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long transactions = 0;
            while (System.nanoTime() < end) {
                int aid = random.nextInt(1, ACCOUNTS + 1);
                int delta = random.nextInt(-5000, 5001);
                update.setInt(1, delta);
                update.setInt(2, aid);
                update.executeUpdate();
                select.setInt(1, aid);
                try (ResultSet ignored = select.executeQuery()) {
                    ignored.next();
                }
                insert.setInt(1, random.nextInt(1, 11));
                insert.setInt(2, aid);
                insert.setInt(3, delta);
                insert.executeUpdate();
                connection.commit();
                transactions++;
            }
            return transactions;
        }
    }
}
