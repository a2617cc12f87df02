package vn.motcua.forms.schema;

import java.util.regex.Pattern;

/** Uploads are named by random UUIDs: nothing else (no path, no URL, no file name) can stand for a file. */
public final class UploadIds {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private UploadIds() {
    }

    public static boolean isUploadId(Object candidate) {
        return candidate instanceof String id && UUID.matcher(id).matches();
    }
}
