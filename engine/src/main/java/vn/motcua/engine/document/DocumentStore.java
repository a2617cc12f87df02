package vn.motcua.engine.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.engine.OwnerOnlyFiles;

/**
 * Where issued PDFs are kept: the data directory by default ({@code documents/<id>.pdf}); object
 * storage can implement the same two methods.
 */
interface DocumentStore {

    void put(String id, byte[] pdf);

    byte[] get(String id);

    /** The filesystem store under a directory. */
    static DocumentStore filesystem(Path directory) {
        return new DocumentStore() {
            @Override
            public void put(String id, byte[] pdf) {
                try {
                    OwnerOnlyFiles.write(directory.resolve(id + ".pdf"), pdf);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot store document " + id, e);
                }
            }

            @Override
            public byte[] get(String id) {
                try {
                    return Files.readAllBytes(directory.resolve(id + ".pdf"));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read document " + id, e);
                }
            }
        };
    }
}
