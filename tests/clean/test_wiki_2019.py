"""Wiki chrome in the forms a 2019 (Vector skin) page dumped by html2text carries, made-up pages:
mojibake language lists, the audio widget, leaked CSS, sister-project boxes, navboxes, the
site's menus and footer — and what must stay (an article's own list of languages, a `v` or `e`
variable in maths, a paragraph about Creative Commons in an article on licences)."""
from __future__ import annotations

from .helpers import run_rule

BODY = "Echo is a reflection of sound that arrives at the listener with a delay after the direct sound."
BODY2 = "The delay is directly proportional to the distance of the reflecting surface from the source."
HEAD = ["****** Echo ******", "From Wikipedia, the free encyclopedia", "Jump_to_navigation Jump_to_search"]
ARTICLE = ["***** History[edit] *****", BODY, "***** Physics[edit] *****", BODY2]
KEPT = ["****** Echo ******", *ARTICLE]

# UTF-8 names read as Latin-1/cp1252 (the C1 controls already dropped by the decode stage)
MOJIBAKE = ["Ã˜Â§Ã™â€žÃ˜Â¹Ã˜Â±Ã˜Â¨Ã™Å Ã˜Â©", "Ãsterreichisch", "ÄŒeÅ¡tina", "ä¸­æ–‡", "æ—¥æœ¬èªž",
            "Ð ÑƒÑÑÐºÐ¸Ð¹", "TÃ¼rkÃ§e", "FranÃ§ais", "EspaÃ±ol", "í•œêµ­ì–´", "Tiáº¿ng_Viá»‡t", "PortuguÃªs"]
PLAIN = ["Deutsch", "Dansk", "Eesti", "Esperanto", "Euskara", "Galego", "Italiano", "Magyar", "Polski", "Suomi"]


def kept_of(lines):
    return run_rule("wiki-chrome", lines)[0]


def test_mojibake_language_names_one_a_line_at_the_end_go_with_the_footer():
    langs = [x for pair in zip(MOJIBAKE, PLAIN) for x in pair]
    lines = [*HEAD, *ARTICLE, 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Echo&oldid=9"',
             *langs, "Edit links", "This page was last edited on 3 May 2019, at 10:00 (UTC).",
             "Text is available under the Creative Commons Attribution-ShareAlike License;",
             "additional terms may apply. By using this site, you agree to the Terms of Use",
             "Privacy policy · About Wikipedia · Disclaimers · Contact Wikipedia · Developers · "
             "Cookie statement · Mobile view"]
    assert kept_of(lines) == KEPT


def test_an_articles_own_list_of_languages_stays():
    langs = ["    * German", "    * French", "    * Italian", "    * Romansh", "    * English", "    * Portuguese",
             "    * Spanish", "    * Albanian", "    * Serbo-Croatian", "    * Turkish"]
    lines = [*HEAD, "***** Languages[edit] *****", "The languages spoken in the country are:", *langs,
             "***** Dialects[edit] *****", BODY]
    assert kept_of(lines) == ["****** Echo ******", "***** Languages[edit] *****",
                              "The languages spoken in the country are:", *langs, "***** Dialects[edit] *****", BODY]


def test_the_audio_widget_goes():
    lines = [*HEAD, "[Sound-icon.svg]", "Listen to this article", "(info)", "play", "Echo_spoken_article.ogg", "(file)", "0:00",
             "Duration: 12 minutes and 3 seconds.", "12:03",
             "This audio file was created from a revision of this article dated 4 June 2012, and does not",
             "reflect subsequent edits.", "(Audio help · More spoken articles)", *ARTICLE]
    assert kept_of(lines) == KEPT


def test_a_word_play_in_the_article_stays():
    lines = [*HEAD, *ARTICLE, "Children", "play", "with echoes in tunnels and under bridges on their way home."]
    assert kept_of(lines) == [*KEPT, "Children", "play", "with echoes in tunnels and under bridges on their way home."]


def test_leaked_css_lines_go_even_wrapped():
    lines = [*HEAD, ".mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}",
             "margin-bottom:0.5em}.mw-parser-output .hatnote i{font-style:normal}",
             ".mw-parser-output .reflist{font-size:90%;margin-bottom:0.5em;list-style-type:decimal}",
             *ARTICLE]
    assert kept_of(lines) == KEPT


def test_sister_project_boxes_go():
    lines = [*HEAD, *ARTICLE[:2], "Look up echo in Wiktionary, the free", "dictionary.",
             "Wikimedia Commons has media related to Echo.", "Wikiquote has quotations related to: Echo",
             "Wikisource has the text of the 1911 Encyclopædia Britannica article Echo.", *ARTICLE[2:]]
    assert kept_of(lines) == KEPT


def test_navbox_from_v_t_e_with_title_and_dot_rows_goes():
    lines = [*HEAD, *ARTICLE, "***** External links[edit] *****", "    * v", "    * t", "    * e", "Acoustics",
             "Fields", "Architectural acoustics · Bioacoustics · Psychoacoustics · Ultrasound",
             "Concepts", "Echo · Reverberation · Resonance · Sound pressure",
             "v t e", "Authority control", "GND: 4150793-1 · LCCN: sh85040714"]
    assert kept_of(lines) == [*KEPT, "***** External links[edit] *****"]


def test_a_v_or_e_variable_in_maths_stays():
    lines = [*HEAD, "***** Physics[edit] *****", "The distance travelled is the speed", "v",
             "times the time t, and the energy", "e", "falls with the square of the distance.",
             "***** History[edit] *****", BODY]
    assert kept_of(lines) == ["****** Echo ******", *lines[3:]]


def test_hidden_categories_and_retrieved_from_go():
    lines = [*HEAD, *ARTICLE, 'Retrieved from "https://en.wikipedia.org/w/index.php?title=Echo&oldid=1"',
             "Categories:", "    * Acoustics", "    * Sound", "Hidden categories:", "    * Articles with short description",
             "    * Wikipedia articles with GND identifiers"]
    assert kept_of(lines) == KEPT


def test_the_menus_without_marks_go():
    lines = [*HEAD, *ARTICLE, "Navigation menu", "Personal tools", "    * Not logged in", "    * Talk",
             "    * Create account", "    * Log in", "Namespaces", "    * Article", "    * Talk", "Views",
             "    * Read", "    * Edit", "    * View history", "Search", "More", *PLAIN]
    assert kept_of(lines) == KEPT


def test_the_footer_lines_go_where_no_menu_heads_them():
    lines = [*HEAD, *ARTICLE, "    * This page was last edited on 9 October 2019, at 08:15 (UTC).",
             "    * Text is available under the Creative_Commons_Attribution-ShareAlike_License;",
             "      additional terms may apply. By using this site, you agree to the Terms_of_Use",
             "      and Privacy_Policy. Wikipedia® is a registered trademark of the",
             "      Wikimedia_Foundation,_Inc., a non-profit organization.",
             "Privacy policy · About Wikipedia · Disclaimers · Contact Wikipedia · Developers · Cookie statement · Mobile view"]
    assert kept_of(lines) == KEPT


def test_a_paragraph_about_creative_commons_in_an_article_on_licences_stays():
    para = ["Creative Commons licenses let an author say which uses of a work are allowed; text released",
            "under the Creative Commons Attribution-ShareAlike License may be copied and changed if the",
            "copy carries the same licence. Wikipedia uses this licence for its text."]
    lines = [*HEAD, "***** Licences[edit] *****", *para, "***** Use[edit] *****", BODY]
    assert kept_of(lines) == ["****** Echo ******", "***** Licences[edit] *****", *para, "***** Use[edit] *****", BODY]


def test_navbox_rows_without_their_marks_go_and_a_dotted_line_in_the_article_stays():
    dotted = "Units of loudness: phon · sone · decibel are compared in the table below."
    lines = [*HEAD, "***** History[edit] *****", dotted, BODY, "***** Physics[edit] *****", BODY2,
             "Architectural acoustics · Bioacoustics · Psychoacoustics · Ultrasound", "Concepts",
             "Echo · Reverberation · Resonance · Sound pressure"]
    assert kept_of(lines) == ["****** Echo ******", "***** History[edit] *****", dotted, BODY,
                              "***** Physics[edit] *****", BODY2]


def test_mojibake_outside_a_wiki_dump_is_left_alone():
    lines = [BODY, *MOJIBAKE, BODY2]
    assert kept_of(lines) == lines


def test_a_style_block_wrapped_inside_a_reference_item_goes_whole():
    refs = ["***** References[edit] *****", "   1. ^ Smith, A. (2001). Echoes. Acoustic Press. p. 12."]
    css = ["   2. .mw-parser-output cite.citation{font-style:inherit}.mw-parser-output",
           "      .citation q{quotes:\"\\\"\"}.mw-parser-output .cs1-lock-free a{background:url(\"//",
           "      upload.example.org/images/Lock-green.svg/9px-Lock-green.svg.png\")no-repeat;background-",
           "      position:right .1em center}.mw-parser-output .cs1-maint{display:none;color:",
           "      #33aa33}.mw-parser-output .cs1-kern-right,.mw-parser-output .cs1-kern-",
           "      wl-right{padding-right:0.2em}"]
    after = ["   3. ^ Jones, B. (1999). Sound. Harbour House. p. 7."]
    lines = [*HEAD, *ARTICLE, *refs, *css, *after]
    assert kept_of(lines) == [*KEPT, *refs, *after]


def test_a_retrieved_from_address_wrapped_over_two_lines_goes():
    lines = [*HEAD, *ARTICLE, 'Retrieved from "https://en.wikipedia.org/w/', 'index.php?title=Echo&oldid=885610729"',
             "Categories:", "    * Acoustics"]
    assert kept_of(lines) == KEPT


def test_a_pronunciations_audio_link_is_cut_from_the_lead_and_the_line_stays():
    lead = "Echo (/ˈɛkoʊ/ (listen)) is a reflection of sound (help·info) that arrives with a delay."
    kept, removed, _ = run_rule("wiki-chrome", [*HEAD, lead, *ARTICLE])
    assert kept == ["****** Echo ******", "Echo (/ˈɛkoʊ/) is a reflection of sound that arrives with a delay.", *ARTICLE]
    assert sorted(t for _, t in removed if "(" in t) == [" (help·info)", " (listen)"]


def test_hatnotes_under_the_title_and_a_heading_go_with_their_wrapped_ends():
    lines = [*HEAD, "This article is about the acoustic effect. For the nymph of Greek myth, see",
             "Echo_(mythology).", '"Reflected sound" redirects here. For the album, see Reflected_Sound.', BODY,
             "***** History[edit] *****", "Not to be confused with Reverberation.", BODY2]
    assert kept_of(lines) == ["****** Echo ******", BODY, "***** History[edit] *****", BODY2]


def test_a_hatnote_like_sentence_inside_a_paragraph_stays():
    lines = [*HEAD, *ARTICLE, "Echoes in caves were studied early on by many explorers and scholars.",
             "For the history of those studies, see the works listed below in the notes."]
    assert kept_of(lines) == [*KEPT, *lines[-2:]]


def test_a_garbled_list_inside_a_section_is_not_taken_for_the_language_list():
    # the whole dump read as Latin-1: an article's own list is garbled too, but it sits in a section
    towns = [f"    * {name}" for name in [*MOJIBAKE[:4], *PLAIN[:5]]]
    lines = [*HEAD, "***** Towns[edit] *****", *towns, BODY, "***** Physics[edit] *****", BODY2]
    assert kept_of(lines) == ["****** Echo ******", *lines[3:]]


def test_text_between_two_leaked_style_lines_stays():
    css = ".mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}"
    lines = [*HEAD, "***** History[edit] *****", css, BODY, "***** Physics[edit] *****", css, BODY2]
    assert kept_of(lines) == KEPT
