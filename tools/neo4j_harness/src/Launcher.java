import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j 5.26 Community server for tests, CI and benchmarks: the engine of
 * org.neo4j.test:neo4j-harness in this process, Bolt on 127.0.0.1, auth on.
 *
 * <p>The password (NEO4J_PASSWORD) is set through the system database, as an
 * administrator would with ALTER USER, so clients log in exactly as they would
 * to a packaged server. Prints one line "bolt://127.0.0.1:PORT" when the server
 * accepts connections, then blocks until it is killed or its parent process
 * ends (a test run that dies leaves no server behind).
 *
 * <p>Arguments: [--port N] [--pagecache 256m] [--copy-from DIR] [--dir DIR].
 * --copy-from starts on a copy of an existing database home (the output of
 * neo4j-admin database import), --dir keeps the server's files in DIR.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        // Taken before the (slow) start: a parent that dies meanwhile must not be replaced by init.
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        int port = 0;
        String pagecache = "256m";
        Path copyFrom = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pagecache" -> pagecache = args[++i];
                case "--copy-from" -> copyFrom = Path.of(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> fail("unknown argument " + args[i]);
            }
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("set NEO4J_PASSWORD (8 characters or more, as Neo4j requires)");
        }
        if (port == 0) {
            port = freePort();
        }
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, bytes(pagecache));
        if (dir != null) {
            Files.createDirectories(dir);
            builder = builder.withWorkingDir(dir);
        }
        if (copyFrom != null) {
            builder = builder.copyFrom(copyFrom);
        }
        Neo4j neo4j = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        neo4j.databaseManagementService().database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println(neo4j.boltURI());
        System.out.flush();
        while (parent == null || parent.isAlive()) {
            Thread.sleep(1000);
        }
        System.exit(0);  // the shutdown hook stops the server and removes its files
    }

    private static long bytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = s.endsWith("g") ? ByteUnit.gibiBytes(1) : s.endsWith("m") ? ByteUnit.mebiBytes(1) : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-harness: " + message);
        System.exit(2);
    }
}
