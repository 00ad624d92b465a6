package org.orienta.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.orienta.base.yaml.Position;

/**
 * Content folders packed as zip files, in exactly the layout of {@code content/}. Reading is defensive:
 * an uploaded zip may be hostile, so the number of entries, the bytes of each entry and of all entries
 * are counted while inflating (never trusted from the headers), and no path may leave the folder.
 */
public final class ContentZip {

    public static final long MAX_ZIP_BYTES = 20_000_000;
    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_TOTAL_BYTES = 50_000_000;

    /** The files of a zip, or the problems that stopped reading it (nothing is returned half-read). */
    public record Read(List<ContentFile> files, List<ContentProblem> problems) {

        public Read {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private ContentZip() {}

    public static Read read(String zipName, byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            return refused(zipName, "zip.tooLarge", MAX_ZIP_BYTES / 1_000_000);
        }
        var files = new ArrayList<ContentFile>();
        var seen = new HashSet<String>();
        long total = 0;
        int entries = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return refused(zipName, "zip.tooManyEntries", MAX_ENTRIES);
                }
                var name = entry.getName();
                if (!safe(name)) {
                    return refused(zipName, "zip.unsafePath", name);
                }
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                var limit = Math.min(ContentReader.MAX_FILE_BYTES, MAX_TOTAL_BYTES - total);
                var bytes = readAtMost(in, limit);
                if (bytes == null) {
                    return total + limit >= MAX_TOTAL_BYTES
                            ? refused(zipName, "zip.tooMuchData", MAX_TOTAL_BYTES / 1_000_000)
                            : refused(zipName, "zip.entryTooLarge", name, ContentReader.MAX_FILE_BYTES / 1_000);
                }
                total += bytes.length;
                var path = name.startsWith("content/") ? name.substring("content/".length()) : name;
                if (!seen.add(path)) {
                    return refused(zipName, "zip.duplicate", path);
                }
                files.add(new ContentFile(path, bytes));
            }
        } catch (ZipException | IllegalArgumentException e) {
            return refused(zipName, "zip.unreadable", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            return refused(zipName, "zip.empty");
        }
        return new Read(files, List.of());
    }

    /** Packs files (paths relative to the content folder) into a zip, in the order given. */
    public static byte[] write(List<ContentFile> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ContentFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Relative, forward slashes only, no "..", no drive letters: a path that stays inside the folder. */
    static boolean safe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains(":")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** What archivers and editors add beside the content: the folder's README, schemas, macOS metadata. */
    private static boolean ignored(String name) {
        var path = name.startsWith("content/") ? name.substring("content/".length()) : name;
        var file = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/")
                || path.startsWith("schema/")
                || file.startsWith(".")
                || file.equalsIgnoreCase("README.md");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Read refused(String zipName, String key, Object... arguments) {
        return new Read(List.of(), List.of(new ContentProblem(zipName, Position.START, key, List.of(arguments))));
    }
}
