"""The dashboard on the shipped KP dataset: the figures and stories it must tell."""

import csv
import io
import re
import xml.etree.ElementTree as ET

import feedparser
from django.core.cache import cache
from django.test import TestCase

from common.cache import VERSION_KEY
from tracker.dataset import load_kp_dataset, read_dataset

ATOM = "{http://www.w3.org/2005/Atom}"


class RealDatasetPages(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):  # as if committed: the data version moves
            load_kp_dataset()

    def setUp(self):
        cache.delete(VERSION_KEY)  # read the version as a cold start does, from its durable copy

    def test_the_participant_list_marks_mexicos_unverified_joining_year(self):
        html = self.client.get("/en/participants/").content.decode()

        row = html[html.index(">Mexico</a>") :]
        row = row[: row.index("</tr>")]
        assert '2008 <span class="unverified"' in row

    def test_every_public_page_answers(self):
        urls = [
            "/en/",
            "/en/timeline/",
            "/en/timeline/export.csv",
            "/en/timeline/export.svg",
            "/en/reforms/conflict-diamond-definition-2012/",
            "/en/plenaries/",
            "/en/plenaries/2012/",
            "/en/plenaries/2022/intersessional/",
            "/en/participants/",
            "/en/participants/european-union/",
            "/en/statements/",
            "/en/methodology/",
            "/en/feeds/outcomes/",
            "/en/feeds/statements/",
        ]
        for url in urls:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_home_shows_the_headline_figures(self):
        page = self.client.get("/en/").content.decode()
        # 13 reform lines, 3 stalled; the conflict-diamond definition has been stuck 13 years (2012 → 2025).
        self.assertIn("reforms tracked", page)
        self.assertRegex(page, r'figure-number">13</p>\s*<p class="figure-label">reforms tracked')
        self.assertRegex(page, r'figure-number">3</p>\s*<p class="figure-label">stalled now')
        self.assertRegex(page, r'figure-number">13</p>\s*<p class="figure-label">years: the longest stall')
        self.assertIn("stuck since 2012", page)
        self.assertIn("<svg", page)

    def test_timeline_shows_one_row_per_line_with_one_stall_clock(self):
        page = self.client.get("/en/timeline/").content.decode()
        self.assertIn("13 reforms shown", page)
        # Three successive conflict-diamond texts are one row, stalled since the 2012 plenary.
        self.assertIn("Modernised conflict-diamond definition (2023–2025 cycle)", page)
        self.assertNotIn(">Broaden the definition of conflict diamonds<", page)
        self.assertIn("3 texts", page)
        # The clock rests on 13 plenaries, 3 of which left no record of what they decided.
        self.assertIn('<span class="band-label">Stalled 13 years (13 plenaries, 3 with no record)</span>', page)
        self.assertIn("Stalled 13 years (13 plenaries, 3 with no record), since 2012.", page)

    def test_timeline_marks_the_2020_plenary_as_not_held(self):
        page = self.client.get("/en/timeline/").content.decode()
        self.assertIn('class="meeting k-plenary not-held"', page)
        self.assertIn("Meeting not held", page)

    def test_timeline_tells_no_record_apart_from_not_discussed(self):
        page = self.client.get("/en/timeline/").content.decode()
        self.assertIn('class="chip d-nr"', page)
        self.assertIn("No outcome recorded for this plenary", page)
        self.assertIn('class="chip d-nd"', page)
        self.assertIn("Not discussed", page)

    def test_timeline_filters_to_stalled_scope_reforms(self):
        page = self.client.get("/en/timeline/?area=scope&status=stalled").content.decode()
        self.assertIn("1 reform shown", page)
        self.assertIn("Modernised conflict-diamond definition", page)
        self.assertNotIn("Permanent Secretariat</a>", page)

    def test_timeline_filter_by_year_range_keeps_only_those_meetings(self):
        page = self.client.get("/en/timeline/?year_from=2019&year_to=2021").content.decode()
        self.assertIn('<span class="m-year">2019</span>', page)
        self.assertNotIn('<span class="m-year">2018</span>', page)
        self.assertNotIn('<span class="m-year">2022</span>', page)

    def test_a_bad_filter_value_is_reported_not_a_crash(self):
        response = self.client.get("/en/timeline/?year_from=1200&status=nonsense")
        self.assertEqual(response.status_code, 200)
        self.assertIn("13 reforms shown", response.content.decode())

    def test_csv_export_holds_the_current_view(self):
        response = self.client.get("/en/timeline/export.csv?status=stalled")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        header, body = rows[0], rows[1:]
        self.assertEqual(
            header[:7], ["area", "reform", "slug", "texts_in_line", "status", "stalled_since", "years_stalled"]
        )
        self.assertIn("2020 plenary (not held)", header)
        self.assertEqual(len(body), 3)
        diamonds = next(row for row in body if row[2] == "conflict-diamond-definition-2023")
        self.assertEqual(diamonds[3:7], ["3", "stalled", "2012", "13"])
        self.assertEqual(diamonds[header.index("2012 plenary")], "no_consensus")
        self.assertEqual(diamonds[header.index("2015 plenary")], "no_record")

    def test_svg_export_is_a_standalone_svg_with_stall_bands(self):
        response = self.client.get("/en/timeline/export.svg?area=scope")
        self.assertEqual(response["Content-Type"], "image/svg+xml; charset=utf-8")
        root = ET.fromstring(response.content)  # noqa: S314 - our own output
        self.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")
        self.assertIn("Stalled 13 years", response.content.decode())

    def test_reform_page_shows_the_stall_clock_and_every_outcome_with_its_source(self):
        page = self.client.get("/en/reforms/conflict-diamond-definition-2023/").content.decode()
        self.assertIn('<span class="clock-number">13</span>', page)
        self.assertIn("2012 plenary, Washington, D.C.", page)
        self.assertIn("chaired by United States", page)
        self.assertEqual(page.count('class="outcome"'), 13)
        self.assertIn("Sources:", page)
        self.assertIn("Canada", page)  # the position claim on the 2017 text

    def test_the_2019_plenary_was_chaired_by_b_b_swain_and_the_intersessional_by_chaturvedi(self):
        plenary = self.client.get("/en/plenaries/2019/").content.decode()
        intersessional = self.client.get("/en/plenaries/2019/intersessional/").content.decode()
        self.assertIn("(B.B. Swain)", plenary)
        self.assertNotIn("(Alok Vardhan Chaturvedi)", plenary)
        self.assertIn("(Alok Vardhan Chaturvedi)", intersessional)
        self.assertIn("June 17, 2019 – June 21, 2019", intersessional)
        self.assertIn("The Jewelry Magazine", plenary)  # the source, by its publisher's name

    def test_the_2025_plenary_ended_on_21_november_with_no_vice_chair_and_ghana_named_for_2026(self):
        page = self.client.get("/en/plenaries/2025/").content.decode()
        self.assertIn("Nov. 17, 2025 – Nov. 21, 2025", page)
        self.assertRegex(page, r"Vice-chair</dt>\s*<dd><span class=\"muted\">not recorded")
        self.assertIn("Ghana appointed vice-chair for 2026 and chair for 2027", page)
        self.assertIn("Custodian Chair", page)
        self.assertIn(
            'title="https://ghanaguardian.com/ghana-named-2026-vice-chair-and-2027-chair-of-the-kimberley-process"',
            page,
        )

    def test_2020_had_no_meeting_and_no_chair(self):
        page = self.client.get("/en/plenaries/2020/").content.decode()
        self.assertIn("This meeting did not take place.", page)
        self.assertRegex(page, r"Chair</dt>\s*<dd><span class=\"muted\">no chair</span>")
        self.assertIn("postponed Russia&#x27;s chairmanship to 2021 and Botswana&#x27;s to 2022", page)
        self.assertIn('>Kimberley Process <span class="source-address">(kimberleyprocess.com/', page)

    def test_the_secretariat_page_shows_its_opening_and_executive_secretary(self):
        page = self.client.get("/en/reforms/permanent-secretariat/").content.decode()
        self.assertIn("Between meetings", page)
        self.assertIn("Oct. 8, 2024", page)
        self.assertIn("Head office officially opened in Gaborone", page)
        self.assertIn("Bojun Tang", page)
        self.assertNotIn("Bojung", page)
        self.assertIn("press reports only", page)  # the opening rests on press reports
        self.assertIn('>The Star <span class="source-address">(thestar.com.my/…/international-diamond-regulator', page)

    def test_the_methodology_page_says_what_we_know_and_what_we_do_not(self):
        page = self.client.get("/en/methodology/").content.decode()
        self.assertIn("What we know and what we don", page)
        self.assertIn("Was the voluntary Multi-Donor Fund ever set up?", page)
        self.assertRegex(page, r"<th scope=\"row\">Meetings</th><td class=\"num\">38</td>")
        self.assertIn("Sending a correction", page)

    def test_a_statement_without_text_says_so_and_links_to_the_original(self):
        from statements.models import Statement

        statement = Statement.objects.get(url="https://idexonline.com/FullArticle?Id=30477")
        page = self.client.get(statement.get_absolute_url()).content.decode()
        self.assertIn("We hold no text for this statement yet.", page)
        self.assertIn('href="https://idexonline.com/FullArticle?Id=30477"', page)
        self.assertIn("IDEX Online", page)

    def test_every_statement_with_text_shows_its_reform_areas(self):
        from statements.models import Statement

        with_text = Statement.objects.published().exclude(text="")
        self.assertEqual(with_text.count(), 40)
        # Every area the research found in a statement is tagged, beside those its text shows.
        for record in read_dataset()["statements"]:
            tagged = set(Statement.objects.get(url=record["url"]).mentions.values_list("area__slug", flat=True))
            self.assertLessEqual(set(record["reform_areas"]), tagged, record["url"])
        self.assertGreaterEqual(with_text.filter(mentions__isnull=False).distinct().count(), 35)
        excerpt = with_text.filter(text_is_excerpt=True).first()
        page = self.client.get(excerpt.get_absolute_url()).content.decode()
        self.assertIn("This is an excerpt", page)

    def test_plenary_page_shows_chair_host_and_outcomes(self):
        page = self.client.get("/en/plenaries/2012/").content.decode()
        self.assertIn("United States", page)
        self.assertIn("Reform outcomes at this meeting", page)
        self.assertIn("No consensus", page)

    def test_the_2020_plenary_is_shown_as_not_held(self):
        page = self.client.get("/en/plenaries/2020/").content.decode()
        self.assertIn("This meeting did not take place.", page)
        self.assertIn("The meeting was not held, so nothing was decided.", page)

    def test_participants_page_counts_60_participants_and_86_countries(self):
        page = self.client.get("/en/participants/").content.decode()
        self.assertRegex(page, r'figure-number">60</p><p class="figure-label">current participants')
        self.assertRegex(page, r'figure-number">86</p><p class="figure-label">countries represented')

    def test_the_european_union_represents_27_countries(self):
        page = self.client.get("/en/participants/european-union/").content.decode()
        self.assertIn("Represents 27 countries", page)

    def test_feeds_are_valid_atom(self):
        for url in ("/en/feeds/outcomes/", "/en/feeds/statements/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
                root = ET.fromstring(response.content)  # noqa: S314 - our own output
                self.assertEqual(root.tag, f"{ATOM}feed")
                parsed = feedparser.parse(response.content)
                self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
                self.assertEqual(parsed.version, "atom10")
                self.assertGreater(len(parsed.entries), 0)
                self.assertTrue(all(entry.link.startswith("http://testserver/") for entry in parsed.entries))

    def test_pages_link_to_the_feeds(self):
        page = self.client.get("/en/").content.decode()
        self.assertIn('<link rel="alternate" type="application/atom+xml"', page)
        self.assertIn('href="/en/feeds/outcomes/"', page)

    def test_every_page_says_when_its_data_was_last_updated(self):
        page = self.client.get("/en/plenaries/").content.decode()
        self.assertIn("Data last updated <time datetime=", page)

    def test_methodology_states_the_rule_with_the_configured_threshold(self):
        page = self.client.get("/en/methodology/").content.decode()
        self.assertIn("at least 2 plenaries have been held", page)
        for code in ("adopted", "partially_adopted", "deferred", "noted", "no_consensus", "not_discussed", "no_record"):
            self.assertIn(f"<code>{code}</code>", page)

    def test_the_site_speaks_french(self):
        page = self.client.get("/fr/timeline/").content.decode()
        self.assertIn('<html lang="fr">', page)
        self.assertIn("Frise des réformes", page)
        self.assertIn("Bloquée depuis 13 ans", page)
        self.assertIn("13 réformes affichées", page)

    def test_the_french_chart_keeps_its_coordinates_numeric(self):
        page = self.client.get("/fr/").content.decode()
        chart = page[page.index('<svg class="chart"') : page.index("</svg>", page.index('<svg class="chart"'))]

        coordinates = re.findall(r'\b(?:x|y|width|height)="([^"]*)"', chart)
        self.assertTrue(coordinates)
        self.assertFalse([value for value in coordinates if "," in value])

    def test_the_language_switcher_links_to_the_same_page_in_french(self):
        page = self.client.get("/en/plenaries/2019/?x=1").content.decode()
        self.assertIn('<a href="/fr/plenaries/2019/?x=1" hreflang="fr" lang="fr">Français</a>', page)
        self.assertIn('<link rel="alternate" hreflang="fr" href="http://testserver/fr/plenaries/2019/?x=1">', page)
        self.assertIn("Plénières et réunions intersessionnelles", self.client.get("/fr/plenaries/").content.decode())
        # The default is the address without a language, which redirects by the visitor's own.
        self.assertIn('<link rel="alternate" hreflang="x-default" href="http://testserver/plenaries/2019/?x=1">', page)

    def test_a_missing_page_offers_the_other_languages_home_page(self):
        page = self.client.get("/en/no-such-page/").content.decode()
        self.assertIn('<a href="/fr/" hreflang="fr" lang="fr">Français</a>', page)

    def test_an_address_without_a_language_redirects_by_accept_language(self):
        self.assertRedirects(self.client.get("/", HTTP_ACCEPT_LANGUAGE="fr"), "/fr/", fetch_redirect_response=False)
        self.assertRedirects(
            self.client.get("/timeline/?area=scope", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8"),
            "/en/timeline/?area=scope",
            fetch_redirect_response=False,
        )
