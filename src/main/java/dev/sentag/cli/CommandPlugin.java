package dev.sentag.cli;

/**
 * A subcommand that lives outside the CLI and plugs into {@code sentag}: a picocli {@code @Command} class with a public
 * no-argument constructor, listed in {@code META-INF/services/dev.sentag.cli.CommandPlugin}. The CLI finds it with
 * {@link java.util.ServiceLoader} and never names it ({@code sentag bench} is one: the benchmark, which product code
 * must not import). It inherits {@code --help} and {@code --version}; {@code --db} and {@code --annotator} are parsed
 * but a plugin is free to ignore them.
 */
public interface CommandPlugin {
}
