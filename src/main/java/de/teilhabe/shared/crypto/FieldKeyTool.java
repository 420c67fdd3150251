package de.teilhabe.shared.crypto;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The operator's command for the key file (docs/operations.md, Field encryption keys):
 *
 * <pre>
 * java -cp teilhabe.jar -Dloader.main=de.teilhabe.shared.crypto.FieldKeyTool \
 *   org.springframework.boot.loader.launch.PropertiesLauncher generate|rotate|rotate-blind-index FILE
 * </pre>
 *
 * {@code generate} writes a new key file (never over an existing one); {@code rotate}
 * adds a new primary key for the values, {@code rotate-blind-index} one for the blind
 * indexes. Older keys stay in the file: they still decrypt (and find) what they wrote,
 * until the re-encryption job has moved every value to the new key.
 */
public final class FieldKeyTool {

	private FieldKeyTool() {
	}

	public static void main(String[] arguments) {
		System.exit(run(arguments, System.out, System.err));
	}

	/** Runs one command; the exit code. */
	static int run(String[] arguments, PrintStream out, PrintStream err) {
		if (arguments.length != 2) {
			err.println("usage: FieldKeyTool generate|rotate|rotate-blind-index FILE");
			return 2;
		}
		Path file = Path.of(arguments[1]);
		try {
			switch (arguments[0]) {
				case "generate" -> {
					FieldKeyset.generate().writeNew(file);
					out.println("Wrote the new key file " + file.toAbsolutePath()
							+ " (permissions 600). Keep a backup of it apart from the database backups.");
				}
				case "rotate" -> {
					FieldKeyset.read(file).withNewAeadKey().replace(file);
					out.println("Added a new primary key for values to " + file.toAbsolutePath()
							+ ". Restart Teilhabe; the re-encryption job moves the values to it.");
				}
				case "rotate-blind-index" -> {
					FieldKeyset.read(file).withNewBlindIndexKey().replace(file);
					out.println("Added a new primary key for blind indexes to " + file.toAbsolutePath()
							+ ". Restart Teilhabe; the re-encryption job recomputes the indexes.");
				}
				default -> {
					err.println("unknown command " + arguments[0] + "; usage: FieldKeyTool generate|rotate|"
							+ "rotate-blind-index FILE");
					return 2;
				}
			}
			return 0;
		}
		catch (RuntimeException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
