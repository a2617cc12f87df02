package vn.motcua.engine;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Everything MotCua writes under its data directory (keys, secrets, documents, attachments, the
 * database) is for the service account alone. Files and directories are created with owner-only
 * permissions in the same system call that creates them: there is no moment in which another local
 * user could open them, as there would be with write-then-chmod.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory and any missing parents as owner-only; an existing one is made owner-only. */
    public static Path directory(Path dir) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(dir);
        }
        if (Files.isDirectory(dir)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            directory(parent);
        }
        try {
            return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return dir; // created meanwhile by another thread or node
        }
    }

    /**
     * Writes {@code content} to {@code file} atomically: a new owner-only temporary file beside it,
     * then a rename over the target. Readers never see half a file.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path temporary = temporaryBeside(file, content);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Writes the file only if it does not exist yet, atomically: when two nodes sharing a data
     * directory create the same secret at once, exactly one content wins and both use it.
     * @return true if this call created the file; false if it was there already (then read it)
     */
    public static boolean createOnce(Path file, byte[] content) throws IOException {
        Path temporary = temporaryBeside(file, content);
        try {
            // link(2) fails if the name exists: an exclusive create of the complete content
            Files.createLink(file, temporary);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The complete content in an owner-only file of a unique name beside {@code file}. */
    private static Path temporaryBeside(Path file, byte[] content) throws IOException {
        directory(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (SeekableByteChannel channel = Files.newByteChannel(temporary,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), fileAttributes())) {
            Channels.newOutputStream(channel).write(content);
        }
        return temporary;
    }

    /** Whether the file or directory can be read by no one but its owner (true where POSIX does not apply). */
    public static boolean isOwnerOnly(Path path) throws IOException {
        if (!POSIX) {
            return true;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }
}
