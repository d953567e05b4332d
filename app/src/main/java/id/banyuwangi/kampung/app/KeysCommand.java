package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.api.access.ApiKey;
import id.banyuwangi.kampung.api.access.KeyStore;
import id.banyuwangi.kampung.api.access.Scope;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kampung keys create|list|revoke}: the API keys of a warehouse, in its key store
 * ({@code WAREHOUSE_FILE.keys} or {@code --keys FILE}). The store keeps salted hashes only; a new
 * key is printed once, alone on the last line of standard output.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke the data API's keys (scopes: aggregates:read, restricted:read).",
    subcommands = {KeysCommand.Create.class, KeysCommand.List.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Where the key store is: beside a warehouse, or a file of its own. */
  static final class StoreOption {
    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
      @Option(names = "--warehouse", description = "The warehouse whose key store (WAREHOUSE_FILE.keys) to use.")
      Path warehouse;

      @Option(names = "--keys", paramLabel = "FILE", description = "The key store file (as given to 'serve --keys').")
      Path keys;
    }

    KeyStore store() {
      return new KeyStore(choice.keys != null ? choice.keys : KeyStore.besideWarehouse(choice.warehouse));
    }
  }

  /** The end of {@code date} in WIB: a key given {@code --expires 2027-06-30} works through that day. */
  static Instant endOf(LocalDate date) {
    return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a key; it is printed once, alone on the last line, and kept nowhere in clear.")
  static final class Create implements Callable<Integer> {
    @Mixin StoreOption where = new StoreOption();

    @Option(names = "--name", required = true, description = "Who holds the key (e.g. kemendesa); unique among usable keys.")
    String name;

    @Option(names = "--scopes", required = true, paramLabel = "SCOPE,...", description = "aggregates:read, restricted:read")
    String scopes;

    @Option(names = "--expires", paramLabel = "DATE", description = "Last day the key works (yyyy-mm-dd, WIB); default: never expires.")
    LocalDate expires;

    @Override
    public Integer call() {
      KeyStore store = where.store();
      KeyStore.Created created = store.create(name, Scope.parseList(scopes), expires == null ? null : endOf(expires),
          Instant.now());
      ApiKey key = created.key();
      System.out.println("Created key " + key.name() + " (" + Scope.spell(key.scopes()) + ")"
          + (expires == null ? "" : ", works through " + expires) + " in " + store.file() + ".");
      System.out.println("It is shown only now: give it to its holder, who sends it as 'Authorization: Bearer KEY'.");
      System.out.println(created.secret());
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never the keys themselves).")
  static final class List implements Callable<Integer> {
    @Mixin StoreOption where = new StoreOption();

    @Override
    public Integer call() {
      Instant now = Instant.now();
      System.out.printf("%-24s %-32s %-8s %-22s %s%n", "NAME", "SCOPES", "STATUS", "CREATED", "EXPIRES");
      for (ApiKey k : where.store().list()) {
        System.out.printf("%-24s %-32s %-8s %-22s %s%n", k.name(), Scope.spell(k.scopes()), k.status(now),
            k.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), k.expires() == null ? "never" : k.expires());
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key: from the next request on it gets 401.")
  static final class Revoke implements Callable<Integer> {
    @Mixin StoreOption where = new StoreOption();

    @Parameters(paramLabel = "NAME", description = "The key's name.")
    String name;

    @Override
    public Integer call() {
      if (!where.store().revoke(name, Instant.now())) {
        System.err.println("no usable key named " + name);
        return 1;
      }
      System.out.println("Revoked key " + name + ".");
      return 0;
    }
  }
}
