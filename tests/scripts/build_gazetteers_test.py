#!/usr/bin/env python3
"""Unit tests of the spelling variants and stems that scripts/build-gazetteers.py derives.

Run: python3 tests/scripts/build_gazetteers_test.py (ctest runs it when python3 is found).
The word lists are set here, small, so the test does not need Debian's dictionaries.
"""
import importlib.util
import os
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("bg", os.path.join(ROOT, "scripts", "build-gazetteers.py"))
bg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bg)


def variants(name, etype="company", curated=False):
    return bg.spelling_variants(name, etype, curated)


class SpellingVariants(unittest.TestCase):
    def setUp(self):
        bg.VARIANT_WORDS["fr"] = {"recherche", "developpement", "et"}
        bg.VARIANT_WORDS["en"] = {"oil", "gas", "and", "steel"}
        bg.VARIANT_WORDS["proper"] = {"taiwan", "asia"}

    def test_ampersand_between_names_gives_both_conjunctions_for_a_company(self):
        self.assertEqual(variants("Procter & Gamble"), ["Procter and Gamble", "Procter et Gamble"])

    def test_ampersand_between_words_gives_the_conjunction_of_their_language(self):
        self.assertEqual(variants("Magnolia Oil & Gas"), ["Magnolia Oil and Gas"])
        self.assertEqual(variants("Recherche & Développement", "lab"), ["Recherche et Développement"])

    def test_one_conjunction_gives_the_ampersand(self):
        self.assertEqual(variants("Marks and Spencer"), ["Marks & Spencer"])
        self.assertEqual(variants("Moët et Chandon"), ["Moët & Chandon"])
        # a French lab name keeps its "et"
        self.assertEqual(variants("Laboratoire de Chimie et Physique", "lab"), [])

    def test_initials_lose_their_dots_and_an_undotted_legal_form_is_cut(self):
        self.assertEqual(variants("U.S. Steel"), ["US Steel"])
        self.assertEqual(variants("Vakif Yatirim Ortakligi A.S."), ["Vakif Yatirim Ortakligi"])
        self.assertEqual(variants("Bloomberg L.P."), [])  # not the bare "Bloomberg"

    def test_sigles_of_four_to_six_capitals_are_also_written_with_dots(self):
        self.assertEqual(variants("SNCF"), ["S.N.C.F."])
        self.assertEqual(variants("CEA", "lab"), [])
        self.assertEqual(variants("Inria", "lab"), [])

    def test_letters_the_key_keeps_are_written_in_ascii(self):
        self.assertEqual(variants("Ørsted"), ["Orsted"])
        self.assertEqual(variants("Łukasiewicz Research Network", "lab"), ["Lukasiewicz Research Network"])

    def test_umlauts_become_digraphs_in_german_names_only(self):
        self.assertEqual(variants("Forschungszentrum Jülich", "lab"), ["Forschungszentrum Juelich"])
        self.assertEqual(variants("Ülker Bisküvi"), [])  # Turkish: no digraphs

    def test_center_centre_and_lab_in_english_names(self):
        self.assertEqual(variants("Goddard Space Flight Center", "lab"), ["Goddard Space Flight Centre"])
        self.assertEqual(variants("Oak Ridge National Laboratory", "lab"), ["Oak Ridge National Lab"])
        self.assertEqual(variants("Centre de recherche du Québec", "lab"), [])

    def test_group_head_and_possessive_of_a_company_not_of_a_curated_entry(self):
        self.assertEqual(variants("Groupe Beneteau"), ["Beneteau"])
        self.assertEqual(variants("Grupo RAR"), [])  # three letters are no name
        self.assertEqual(variants("Groupe Beneteau", curated=True), [])
        self.assertEqual(variants("McDonald's"), ["McDonalds"])
        self.assertEqual(variants("Nicholson's"), [])  # a surname's plural

    def test_variants_fold_to_other_keys(self):
        for name in ("Procter & Gamble", "U.S. Steel", "SNCF", "Ørsted", "Forschungszentrum Jülich"):
            keys = [bg.match_key(v) for v in variants(name, "lab" if "Forsch" in name else "company")]
            self.assertNotIn(bg.match_key(name), keys)
            self.assertEqual(len(keys), len(set(keys)))


class Stems(unittest.TestCase):
    def setUp(self):
        bg.VARIANT_WORDS["fr"] = set()
        bg.VARIANT_WORDS["en"] = {"heavy", "wind", "integrated"}
        bg.VARIANT_WORDS["proper"] = {"taiwan", "asia"}

    def test_business_words_are_cut_from_the_end(self):
        self.assertEqual(bg.fd_stem("Ubisoft Entertainment"), "Ubisoft")
        self.assertEqual(bg.fd_stem("Hangzhou IECHO Science & Technology"), "Hangzhou IECHO")

    def test_a_stem_names_one_company_and_ends_on_a_name(self):
        starts = bg.name_starts({"tata motors", "tata steel", "ubisoft entertainment", "bjc heavy industries",
                                 "taiwan asia semiconductor"})
        self.assertTrue(bg.stem_allowed("Ubisoft", ["Ubisoft Entertainment"], starts, False))
        self.assertFalse(bg.stem_allowed("Tata", ["Tata Motors"], starts, False))
        self.assertFalse(bg.stem_allowed("BJC Heavy", ["BJC Heavy Industries"], starts, False))
        self.assertFalse(bg.stem_allowed("Taiwan-Asia", ["Taiwan-Asia Semiconductor"], starts, False))

    def test_a_stem_in_capitals_only_for_a_french_area_company(self):
        starts = bg.name_starts({"sitc international"})
        self.assertFalse(bg.stem_allowed("SITC", ["SITC International"], starts, False))
        self.assertTrue(bg.stem_allowed("SITC", ["SITC International"], starts, True))


class RorLabs(unittest.TestCase):
    def test_an_academy_institute_is_a_lab_a_policy_institute_is_not(self):
        self.assertTrue(bg._RESEARCH_NAMED(bg.match_key(
            "Institute of Hydromechanics of National Academy of Sciences of Ukraine")))
        self.assertTrue(bg._RESEARCH_NAMED(bg.match_key("Laboratoire d'études juridiques et politiques")))
        self.assertFalse(bg._RESEARCH_NAMED(bg.match_key("Potomac Institute for Policy Studies")))
        self.assertFalse(bg._RESEARCH_NAMED(bg.match_key("National Academy of Sciences")))


if __name__ == "__main__":
    unittest.main()
