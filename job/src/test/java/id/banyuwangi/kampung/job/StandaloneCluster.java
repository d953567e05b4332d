package id.banyuwangi.kampung.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster on 127.0.0.1: a master and one worker, each a JVM of its own started
 * from the Spark distribution's classes ({@code org.apache.spark.deploy.master.Master},
 * {@code ...worker.Worker}), and spark-submit ({@code org.apache.spark.deploy.SparkSubmit}) for
 * the job, in client mode. Logs go to files in the cluster's directory.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkDistribution spark;
  private final Path dir;
  private final int port;
  private final int webPort;
  private final List<Process> daemons = new ArrayList<>();

  private StandaloneCluster(SparkDistribution spark, Path dir) throws IOException {
    this.spark = spark;
    this.dir = Files.createDirectories(dir);
    this.port = freePort();
    this.webPort = freePort();
  }

  static StandaloneCluster start(SparkDistribution spark, Path dir, int workerCores) throws Exception {
    StandaloneCluster c = new StandaloneCluster(spark, dir);
    c.daemons.add(c.java("master", List.of("-Xmx512m"), "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", "" + c.port, "--webui-port", "" + c.webPort));
    c.daemons.add(c.java("worker", List.of("-Xmx512m"), "org.apache.spark.deploy.worker.Worker",
        "--host", "127.0.0.1", "--webui-port", "" + freePort(), "--cores", "" + workerCores, "--memory", "2g",
        "--work-dir", dir.resolve("work").toString(), c.masterUrl()));
    c.awaitAliveWorker();
    return c;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /** The master's status page as JSON (workers, active and completed applications). */
  JsonNode status() throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/json/")).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** Runs spark-submit in client mode; returns its exit code, its output in {@code submit.log}. */
  int submit(List<String> submitArgs, Map<String, String> env) throws Exception {
    List<String> args = new ArrayList<>(List.of("--master", masterUrl(), "--deploy-mode", "client"));
    args.addAll(submitArgs);
    ProcessBuilder pb = builder("submit", sparkFlags(List.of("-Xmx1g")), "org.apache.spark.deploy.SparkSubmit",
        args.toArray(String[]::new));
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("spark-submit did not end in 30 minutes; see " + log("submit"));
    }
    return p.exitValue();
  }

  Path log(String name) {
    return dir.resolve(name + ".log");
  }

  private Process java(String name, List<String> jvm, String main, String... args) throws IOException {
    return builder(name, sparkFlags(jvm), main, args).start();
  }

  private ProcessBuilder builder(String name, List<String> jvm, String main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-cp", spark.classpath(), main));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
    pb.environment().put("SPARK_HOME", spark.home.toString());
    // a distribution's launcher reads it from conf/spark-env.sh; without it it looks for build directories
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOG_DIR", dir.toString());
    return pb;
  }

  /** The add-opens and friends this JVM got from the build (Spark's launcher flags on Java 17). */
  private static List<String> sparkFlags(List<String> first) {
    List<String> flags = new ArrayList<>(first);
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:+Ignore") || arg.startsWith("-Djdk.") || arg.startsWith("-Dio.netty")) {
        flags.add(arg);
      }
    }
    return flags;
  }

  private void awaitAliveWorker() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      try {
        for (JsonNode w : status().path("workers")) {
          if ("ALIVE".equals(w.path("state").asText())) {
            return;
          }
        }
      } catch (IOException notYet) {
        // the master is still starting
      }
      for (Process d : daemons) {
        if (!d.isAlive()) {
          throw new IllegalStateException("a Spark daemon died; see " + dir + ": " + Files.readString(log("worker")));
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("no worker registered with the master in 3 minutes; see " + dir);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).destroy(); // the worker first, then the master
    }
    for (Process d : daemons) {
      if (!d.waitFor(20, TimeUnit.SECONDS)) {
        d.destroyForcibly();
      }
    }
  }
}
