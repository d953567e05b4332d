package id.banyuwangi.kampung.domain.progress;

/**
 * How a long step reports progress without knowing who shows it (the command line draws a
 * progress bar; tests pass {@link #NONE}).
 */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void start(String task, long total) {}

    @Override
    public void step(long n) {}

    @Override
    public void done() {}
  };

  void start(String task, long total);

  void step(long n);

  void done();
}
