package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void byScript() {
        assertThat(Language.byScript("عاد الصيادون إلى الميناء مع BBC")).isEqualTo("ar");
        assertThat(Language.byScript("Fishermen returned to the port, قال")).isEqualTo("en");
        assertThat(Language.byScript("Рыбаки вернулись в порт")).isEqualTo("und");
        assertThat(Language.byScript("12 345")).isEqualTo("und");
    }

    @Test
    void declaredLanguageWinsUnlessTheScriptContradictsIt() {
        assertThat(Language.decide("fr-FR", "Les pêcheurs sont rentrés au port")).isEqualTo("fr");
        assertThat(Language.decide("en", "عاد الصيادون إلى الميناء")).isEqualTo("ar");
        assertThat(Language.decide("fr", "عاد الصيادون إلى الميناء")).isEqualTo("ar");
        assertThat(Language.decide("fa-IR", "ماهیگیران به بندر بازگشتند")).isEqualTo("fa");
        assertThat(Language.decide("ar", "Fishermen returned to the port")).isEqualTo("en");
        assertThat(Language.decide("not a tag!", "عاد الصيادون")).isEqualTo("ar");
        assertThat(Language.decide(null, "Рыбаки вернулись в порт")).isEqualTo("und");
    }

    @Test
    void anArticleInAnotherScriptStillReads() {
        Article a = new ArticleReader().read("ru.txt",
                "Рыбаки вернулись в порт после шторма.\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.language()).isEqualTo("und");
        assertThat(a.text()).isEqualTo("Рыбаки вернулись в порт после шторма.");
    }

    @Test
    void latinScriptArticlesInOtherLanguagesAreNotTakenForEnglish() {
        assertThat(Language.byScript("Les pêcheurs sont rentrés au port avec une pêche abondante et le maire les a accueillis."))
                .isEqualTo("fr");
        assertThat(Language.byScript("Die Fischer sind mit einem guten Fang in den Hafen zurückgekehrt, und der Bürgermeister war da."))
                .isEqualTo("de");
        assertThat(Language.byScript("Los pescadores regresaron al puerto con una buena captura y el alcalde los recibió."))
                .isEqualTo("es");
        assertThat(Language.byScript("The fishermen returned to the port with a good catch and the mayor met them."))
                .isEqualTo("en");
    }

    @Test
    void latinTextWithoutStopWordsIsTakenForEnglish() {
        assertThat(Language.byScript("Reuters Kazakhstan Almaty")).isEqualTo("en");
    }
}
