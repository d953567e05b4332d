package id.banyuwangi.kampung.job;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/** A real HDFS (one namenode, one datanode) in this JVM, on loopback. */
final class MiniHdfs implements AutoCloseable {
  private final MiniDFSCluster cluster;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
  }

  static MiniHdfs start(Path baseDir) throws IOException {
    Configuration conf = new Configuration();
    conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.setInt("dfs.replication", 1);
    return new MiniHdfs(new MiniDFSCluster.Builder(conf, baseDir.toFile()).numDataNodes(1).build());
  }

  /** {@code hdfs://127.0.0.1:PORT/path}. */
  String uri(String path) {
    return "hdfs://127.0.0.1:" + cluster.getNameNodePort() + path;
  }

  FileSystem fileSystem() throws IOException {
    return cluster.getFileSystem();
  }

  @Override
  public void close() {
    cluster.shutdown();
  }
}
