package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.domain.progress.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows a long step's {@link Progress} as a progress bar on the terminal. */
final class ConsoleProgress implements Progress {
  private ProgressBar bar;

  @Override
  public synchronized void start(String task, long total) {
    done();
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .continuousUpdate()
        .build();
  }

  @Override
  public synchronized void step(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  @Override
  public synchronized void done() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
