package org.careflow.benchmark;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --cases=100000 --sweep=20000 --teams=20 --requests=50 --clients=8} and, for a PostgreSQL
 * server of the operator's (an empty database), {@code --jdbc-url=... --jdbc-user=... --jdbc-password=...}.
 */
record BenchmarkArguments(int cases, int sweep, int teams, int requests, int clients,
                          String jdbcUrl, String jdbcUser, String jdbcPassword) {

    static BenchmarkArguments parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        BenchmarkArguments parsed = new BenchmarkArguments(
                Integer.parseInt(values.getOrDefault("cases", "100000")),
                Integer.parseInt(values.getOrDefault("sweep", "20000")),
                Integer.parseInt(values.getOrDefault("teams", "20")),
                Integer.parseInt(values.getOrDefault("requests", "50")),
                Integer.parseInt(values.getOrDefault("clients", "8")),
                values.get("jdbc-url"), values.getOrDefault("jdbc-user", "postgres"), values.getOrDefault("jdbc-password", ""));
        if (parsed.cases() < 2 * parsed.sweep() || parsed.sweep() < 1 || parsed.teams() < 1) {
            throw new IllegalArgumentException("need 1 <= sweep, 2 x sweep <= cases and 1 <= teams");
        }
        return parsed;
    }

    int backgroundCases() {
        return cases - 2 * sweep;
    }
}
