package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding for search: spellings an analyst would call the same name fold alike, others do not. */
class TextFoldTest {

    @Test
    void arabicDiacriticsAndTatweelGo() {
        assertThat(TextFold.fold("مُحَمَّد")).isEqualTo(TextFold.fold("محمد"));
        assertThat(TextFold.fold("بـــغداد")).isEqualTo("بغداد");
    }

    @Test
    void hamzaCarriersBecomeTheirBareLetters() {
        assertThat(TextFold.fold("أحمد")).isEqualTo(TextFold.fold("احمد"));
        assertThat(TextFold.fold("إبراهيم")).isEqualTo(TextFold.fold("ابراهيم"));
        assertThat(TextFold.fold("آمنة")).isEqualTo(TextFold.fold("امنه"));
        assertThat(TextFold.fold("مسؤول")).isEqualTo(TextFold.fold("مسوول"));
        assertThat(TextFold.fold("رئيس")).isEqualTo(TextFold.fold("رييس"));
        assertThat(TextFold.fold("ٱلله")).isEqualTo(TextFold.fold("الله"));
    }

    @Test
    void alefMaqsuraAndTaMarbutaFold() {
        assertThat(TextFold.fold("مصطفى")).isEqualTo(TextFold.fold("مصطفي"));
        assertThat(TextFold.fold("حماة")).isEqualTo(TextFold.fold("حماه"));
    }

    @Test
    void latinLosesCaseAndAccentsAndExtraSpaces() {
        assertThat(TextFold.fold("  Tokaïev   ÉLYSÉE ")).isEqualTo("tokaiev elysee");
    }

    @Test
    void differentLettersStayDifferent() {
        assertThat(TextFold.fold("كريم")).isNotEqualTo(TextFold.fold("كرام"));
        assertThat(TextFold.fold("Masimov")).isNotEqualTo(TextFold.fold("Massimov"));
    }

    @Test
    void quadClassesFollowTheCameoRoots() {
        assertThat(CameoQuad.of("010")).isEqualTo(CameoQuad.VERBAL_COOPERATION);
        assertThat(CameoQuad.of("0233")).isEqualTo(CameoQuad.VERBAL_COOPERATION);
        assertThat(CameoQuad.of("057")).isEqualTo(CameoQuad.VERBAL_COOPERATION);
        assertThat(CameoQuad.of("06")).isEqualTo(CameoQuad.MATERIAL_COOPERATION);
        assertThat(CameoQuad.of("0874")).isEqualTo(CameoQuad.MATERIAL_COOPERATION);
        assertThat(CameoQuad.of("10")).isEqualTo(CameoQuad.VERBAL_CONFLICT);
        assertThat(CameoQuad.of("141")).isEqualTo(CameoQuad.VERBAL_CONFLICT);
        assertThat(CameoQuad.of("15")).isEqualTo(CameoQuad.MATERIAL_CONFLICT);
        assertThat(CameoQuad.of("173")).isEqualTo(CameoQuad.MATERIAL_CONFLICT);
        assertThat(CameoQuad.of("204")).isEqualTo(CameoQuad.MATERIAL_CONFLICT);
        assertThat(CameoQuad.of("21")).isEqualTo(CameoQuad.UNKNOWN);
        assertThat(CameoQuad.of("7")).isEqualTo(CameoQuad.UNKNOWN);
        assertThat(CameoQuad.of(null)).isEqualTo(CameoQuad.UNKNOWN);
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(EventsCsv.cell("plain")).isEqualTo("plain");
        assertThat(EventsCsv.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(EventsCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(EventsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
