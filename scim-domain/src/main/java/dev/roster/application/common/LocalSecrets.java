package dev.roster.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Keys Roster generates on first start when none is configured, kept in ROSTER_DATA_DIR in files
 * only their owner may read.
 */
@ApplicationScoped
public class LocalSecrets {
  @Inject RosterConfig config;

  public synchronized byte[] loadOrCreate(String fileName, Supplier<byte[]> generator) {
    Path file = config.dataDir().resolve(fileName);
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
      Files.createDirectories(file.getParent());
      byte[] value = generator.get();
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        return Files.readAllBytes(file);
      }
      Files.write(file, value);
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }
}
