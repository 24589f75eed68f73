package org.newsgraph.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Short invented Arabic news articles over names the lexicons know (people, countries), so the real extractor
 * finds actors and events in them. Article {@code n} is always the same text, and differs from every other.
 */
final class Articles {

    private static final String[] PEOPLE = {"فلاديمير بوتين", "رجب طيب أردوغان", "جو بايدن", "سيرغي لافروف",
            "أنتوني بلينكن", "قاسم جومرت توكاييف"};
    private static final String[] COUNTRIES = {"روسيا", "تركيا", "كازاخستان", "الصين", "إيران", "مصر", "فرنسا"};
    private static final String[] DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

    private Articles() {
    }

    /** Article number {@code n}: three sentences, two people and two countries. */
    static String text(int n) {
        String p1 = PEOPLE[n % PEOPLE.length];
        String p2 = PEOPLE[(n / PEOPLE.length + n + 1) % PEOPLE.length];
        String c1 = COUNTRIES[n % COUNTRIES.length];
        String c2 = COUNTRIES[(n + 3) % COUNTRIES.length];
        return "زار الرئيس " + p1 + " " + c1 + " يوم " + DAYS[n % DAYS.length] + " والتقى " + p2 + " في العاصمة.\n\n"
                + "وقال " + p2 + " إن " + c2 + " تدعم " + c1 + " في المفاوضات.\n\n"
                + "وذكرت الوكالة أن عدد المشاركين في الاجتماع رقم " + n + " بلغ " + (100 + n) + " شخصا.\n";
    }

    /** Writes article {@code n} as {@code dir/article-NNNN.txt}. */
    static Path write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(String.format("article-%04d.txt", n)), text(n), StandardCharsets.UTF_8);
    }

    /** Writes articles {@code 0..count-1} into {@code dir}. */
    static List<Path> writeAll(Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            out.add(write(dir, n));
        }
        return out;
    }
}
