package org.newsgraph.read;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns command-line arguments into {@link ArticleSource}s. */
public final class ArticleSources {

    /** The extensions a directory walk picks up; anything else in a folder of articles is not one. */
    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".txt");

    private ArticleSources() {
    }

    /**
     * Expands command-line arguments, in order: {@code "-"} is standard input; an argument starting with
     * {@code http://} or {@code https://} is a URL; a {@code file:} URI is the file it names; a directory is walked recursively (following symbolic links)
     * for {@code .html}, {@code .htm} and {@code .txt} files, sorted by path; anything else is a file.
     *
     * <p>Never throws for a bad argument: a missing path, a malformed URL, an unreadable subdirectory or a
     * directory with no article files becomes an {@link ArticleSource.Unavailable} whose read fails with a
     * one-line message, so the caller reports it in order with the others. Symbolic-link loops are skipped.
     *
     * @param args the arguments as typed
     * @return one source per file, URL or stdin, in argument order (directory contents sorted)
     */
    public static List<ArticleSource> expand(List<String> args) {
        List<ArticleSource> sources = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                sources.add(ArticleSource.stdin());
            } else if (isHttpUrl(arg)) {
                sources.add(url(arg));
            } else if (arg.regionMatches(true, 0, "file:", 0, 5)) {
                expandFileUri(arg, sources);
            } else {
                expandPath(arg, sources);
            }
        }
        return List.copyOf(sources);
    }

    private static boolean isHttpUrl(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static ArticleSource url(String arg) {
        try {
            URI uri = new URI(arg);
            if (uri.getHost() == null) {
                return new ArticleSource.Unavailable(arg, "not a valid URL (no host)");
            }
            return ArticleSource.url(uri);
        } catch (URISyntaxException e) {
            return new ArticleSource.Unavailable(arg, "not a valid URL (" + e.getReason() + ")");
        }
    }

    /** A {@code file:} URI, as browsers and file managers copy them, is the file it names. */
    private static void expandFileUri(String arg, List<ArticleSource> sources) {
        try {
            expandPath(arg, Path.of(new URI(arg)), sources);
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            sources.add(new ArticleSource.Unavailable(arg, "not a valid file URI"));
        }
    }

    private static void expandPath(String arg, List<ArticleSource> sources) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            sources.add(new ArticleSource.Unavailable(arg, "not a valid path (" + e.getReason() + ")"));
            return;
        }
        expandPath(arg, path, sources);
    }

    private static void expandPath(String arg, Path path, List<ArticleSource> sources) {
        if (!Files.isDirectory(path)) {
            // Missing and unreadable files are checked when read, with the precise reason.
            sources.add(new ArticleSource.File(path, arg));
            return;
        }
        List<ArticleSource> found = walk(path);
        if (found.stream().noneMatch(s -> s instanceof ArticleSource.File)) {
            sources.addAll(found);
            sources.add(new ArticleSource.Unavailable(arg, "directory has no readable .html, .htm or .txt files"));
        } else {
            sources.addAll(found);
        }
    }

    /** Files and unreadable subdirectories under {@code dir}, sorted by path. */
    private static List<ArticleSource> walk(Path dir) {
        List<Path> files = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        List<Path> broken = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && hasArticleExtension(file)) {
                                files.add(file);
                            } else if (attrs.isSymbolicLink() && hasArticleExtension(file)) {
                                // following links, the walk sees a link itself only when its target is missing
                                // or is a loop of links: an article the user meant, which cannot be read
                                broken.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A loop is the walk meeting itself again: nothing new to read there.
                            if (!(e instanceof FileSystemLoopException)
                                    && (e instanceof AccessDeniedException || Files.isDirectory(file)
                                        || hasArticleExtension(file))) {
                                unreadable.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // walkFileTree reports per-entry failures to the visitor; this is the root itself failing.
            unreadable.add(dir);
        }
        List<Path> all = new ArrayList<>(files);
        all.addAll(unreadable);
        all.addAll(broken);
        all.sort(null);
        Set<Path> readable = new HashSet<>(files);
        List<ArticleSource> sources = new ArrayList<>();
        for (Path p : all) {
            sources.add(readable.contains(p)
                    ? new ArticleSource.File(p, p.toString())
                    : new ArticleSource.Unavailable(p.toString(), broken.contains(p)
                        ? "cannot read (a symbolic link to a missing file, or a loop of links)"
                        : "cannot read (permission denied or I/O error)"));
        }
        return sources;
    }

    private static boolean hasArticleExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }
}
